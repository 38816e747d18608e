package vn.tiepdon.ui.config;

import java.util.regex.Pattern;

/** The hospital site this kiosk or desk belongs to. */
public record SiteSettings(String id, LocalizedText name) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public SiteSettings {
    Settings.requireText("id", id);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be 1-32 lower-case letters, digits or '-', was '" + id + "'");
    }
    if (name == null) {
      throw new IllegalArgumentException("name is required");
    }
  }
}
