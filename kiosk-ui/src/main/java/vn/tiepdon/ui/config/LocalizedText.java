package vn.tiepdon.ui.config;

import java.util.Locale;

/** A text configured in Vietnamese and English, such as the hospital's name. */
public record LocalizedText(String vi, String en) {
  public LocalizedText {
    Settings.requireText("vi", vi);
    en = en == null || en.isBlank() ? vi : en;
  }

  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : vi;
  }
}
