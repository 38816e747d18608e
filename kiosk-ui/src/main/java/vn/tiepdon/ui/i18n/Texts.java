package vn.tiepdon.ui.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The kiosk's words in one language, from the resource bundles, with the formats of UX.md: money as
 * {@code 150.000 đ} / {@code 150,000 VND}, dates as {@code dd/MM/yyyy}.
 */
public final class Texts {
  private static final String BUNDLE = "vn.tiepdon.ui.i18n.messages";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    // No fallback to the JVM's default locale: Vietnamese is the base bundle.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Texts of(Locale locale) {
    return new Texts(locale);
  }

  public Locale locale() {
    return locale;
  }

  public boolean english() {
    return "en".equals(locale.getLanguage());
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing text '" + key + "' for " + locale, e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public String money(long dong) {
    if (english()) {
      return NumberFormat.getIntegerInstance(Locale.US).format(dong) + " VND";
    }
    return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(dong) + " đ";
  }

  public String date(LocalDate date) {
    return DATE.format(date);
  }

  public String number(long n) {
    return english()
        ? NumberFormat.getIntegerInstance(Locale.US).format(n)
        : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n);
  }
}
