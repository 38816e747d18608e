package vn.tiepdon.ui.config;

/**
 * The whole configuration of a kiosk or desk, read once at start-up by {@link ConfigLoader}. Each
 * module owns the record of its own section.
 */
public record TiepdonConfig(SiteSettings site, KioskSettings kiosk, UiSettings ui) {
  public TiepdonConfig {
    if (site == null) {
      throw new IllegalArgumentException("site is required");
    }
    if (kiosk == null) {
      throw new IllegalArgumentException("kiosk is required");
    }
    ui = ui == null ? UiSettings.defaults() : ui;
  }
}
