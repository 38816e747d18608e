package vn.tiepdon.ui.flow;

import java.util.Locale;

/** A text that comes from configuration in both kiosk languages, such as a clinic's name. */
public record Bilingual(String vi, String en) {
  public Bilingual {
    if (vi == null || vi.isBlank()) {
      throw new IllegalArgumentException("vi text is required");
    }
    en = en == null || en.isBlank() ? vi : en;
  }

  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : vi;
  }
}
