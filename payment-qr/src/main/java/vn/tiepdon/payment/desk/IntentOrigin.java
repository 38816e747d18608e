package vn.tiepdon.payment.desk;

import java.util.regex.Pattern;

/**
 * The kiosk that created an intent and announced it to the desk: the site and kiosk ids of its MQTT
 * topics (lower-case letters, digits and '-', 1-32 characters each), never a person.
 */
public record IntentOrigin(String site, String kiosk) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public IntentOrigin {
    require("site", site);
    require("kiosk", kiosk);
  }

  private static void require(String name, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be 1-32 lower-case letters, digits or '-', was " + quoted(value));
    }
  }

  private static String quoted(String value) {
    return value == null ? "null" : "'" + value + "'";
  }

  @Override
  public String toString() {
    return site + "/" + kiosk;
  }
}
