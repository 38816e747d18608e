package vn.tiepdon.ui.fleet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The fleet console's words ({@code vn/tiepdon/ui/fleet/fleet*.properties}, vi base and en). */
public final class FleetTexts {
  private final ResourceBundle bundle;
  private final Locale locale;

  private FleetTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "vn.tiepdon.ui.fleet.fleet",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Vietnamese unless the locale's language is English. */
  public static FleetTexts of(Locale locale) {
    return new FleetTexts("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public Locale locale() {
    return locale;
  }
}
