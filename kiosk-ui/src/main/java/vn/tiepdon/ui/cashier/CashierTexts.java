package vn.tiepdon.ui.cashier;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tiepdon.payment.Money;

/**
 * The cashier desk's words ({@code vn/tiepdon/ui/cashier/cashier*.properties}, vi base and en) and
 * its formats: money Vietnamese style ({@code 150.000 ₫}; {@code 150,000 VND} in English, as the
 * kiosk's UX guide writes it), times in the hospital's zone.
 */
public final class CashierTexts {
  /** Vietnamese hospitals keep Vietnam time; the day's report is cut at local midnight. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ResourceBundle bundle;
  private final Locale locale;
  private final DateTimeFormatter time;
  private final DateTimeFormatter clock;

  private CashierTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "vn.tiepdon.ui.cashier.cashier",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.time = DateTimeFormatter.ofPattern(get("format.dateTime")).withZone(VIETNAM);
    this.clock = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(VIETNAM);
  }

  /** Vietnamese unless the locale's language is English. */
  public static CashierTexts of(Locale locale) {
    return new CashierTexts("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The locale the report is written in: Vietnamese or English. */
  public Locale reportLocale() {
    return locale == Locale.ENGLISH ? Locale.ENGLISH : Locale.forLanguageTag("vi");
  }

  /** {@code 150.000 ₫} (vi) or {@code 150,000 VND} (en). */
  public String money(Money money) {
    return get("money", count(money.dong()));
  }

  /** A whole number grouped as money is: {@code 3.000} (vi), {@code 3,000} (en). */
  public String count(long n) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(get("money.grouping").charAt(0));
    return new DecimalFormat("#,##0", symbols).format(n);
  }

  /** Date and time in Vietnam, e.g. {@code 01/12/2026 09:08:00}. */
  public String time(Instant at) {
    return time.format(at);
  }

  /** A day, e.g. {@code 01/12/2026}. */
  public String date(java.time.LocalDate day) {
    return dateFormat().format(day);
  }

  /** Days as Vietnam writes them (and the kiosk's English screens too): {@code dd/MM/yyyy}. */
  public DateTimeFormatter dateFormat() {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy");
  }

  /** Time of day in Vietnam, e.g. {@code 09:08:00}. */
  public String clockTime(Instant at) {
    return clock.format(at);
  }
}
