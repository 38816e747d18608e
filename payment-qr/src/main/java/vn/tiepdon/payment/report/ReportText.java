package vn.tiepdon.payment.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tiepdon.payment.Money;

/** The report's words and number/date formats in Vietnamese or English. */
final class ReportText {
  private final ResourceBundle bundle;
  private final Locale locale;
  private final ZoneId zone;
  private final NumberFormat numbers;

  ReportText(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
    // No fallback to the JVM's default locale: an English report stays English on a Vietnamese PC.
    this.bundle =
        ResourceBundle.getBundle(
            "vn.tiepdon.payment.report.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    this.numbers =
        NumberFormat.getIntegerInstance(isVietnamese() ? new Locale("vi", "VN") : Locale.US);
  }

  boolean isVietnamese() {
    return locale.getLanguage().equals("vi");
  }

  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** {@code 150.000 ₫} in Vietnamese, {@code 150,000 VND} in English. */
  String money(Money money) {
    return numbers.format(money.dong()) + (isVietnamese() ? " ₫" : " VND");
  }

  /** Digits only, for CSV cells a spreadsheet sums. */
  static String plain(Money money) {
    return Long.toString(money.dong());
  }

  String time(Instant instant) {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(zone).format(instant);
  }

  String date(java.time.LocalDate day) {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
  }
}
