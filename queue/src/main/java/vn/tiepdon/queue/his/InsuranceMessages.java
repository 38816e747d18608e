package vn.tiepdon.queue.his;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The words a patient reads for an insurance check, in Vietnamese (default) or English. */
public final class InsuranceMessages {
  private static final String BUNDLE = "vn.tiepdon.queue.messages";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private InsuranceMessages() {}

  /** The text for {@code check} in {@code language} (vi or en; anything else gets Vietnamese). */
  public static String text(InsuranceCheck check, Locale language) {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(language, "language");
    ResourceBundle bundle = bundle(language);
    String key = check.status().messageKey();
    if (check.validUntil().isPresent() && bundle.containsKey(key + ".until")) {
      return new MessageFormat(bundle.getString(key + ".until"), language)
          .format(new Object[] {DAY.format(check.validUntil().get())});
    }
    return bundle.getString(key);
  }

  /**
   * No fallback to the JVM's default locale: a kiosk whose OS runs in English still speaks
   * Vietnamese to Vietnamese patients.
   */
  static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
