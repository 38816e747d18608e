package vn.tiepdon.ui.config;

/**
 * Where a cashier desk keeps its data and listens for bank webhooks. The database is a SQLite file
 * path or a {@code jdbc:postgresql:} URL for a hospital-wide desk.
 */
public record DeskSettings(String id, String database, Integer webhookPort) {
  public DeskSettings {
    Settings.requireText("id", id);
    database = database == null || database.isBlank() ? "var/desk/desk.db" : database.strip();
    webhookPort = webhookPort == null ? 8088 : webhookPort;
    Settings.requireBetween("webhookPort", webhookPort, 1024, 65535);
  }
}
