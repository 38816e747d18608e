package vn.tiepdon.provisioning.topic;

import java.util.regex.Pattern;

/**
 * Where a cashier desk tells a kiosk that money was booked on one of its payment intents: {@code
 * tiepdon/v1/{site}/{kiosk}/payment/{intentRef}}. One topic per intent, so each can hold its own
 * retained status and be cleared on its own.
 */
public record PaymentTopic(KioskRef kiosk, String intentRef) {
  public static final String LEVEL = "payment";

  /** A topic level: letters and digits only, as payment reference codes are. */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9]{1,32}");

  public PaymentTopic {
    if (kiosk == null) {
      throw new IllegalArgumentException("kiosk is required");
    }
    if (intentRef == null || !REFERENCE.matcher(intentRef).matches()) {
      throw new IllegalArgumentException(
          "intentRef must be 1-32 letters or digits, was " + TopicSegments.quote(intentRef));
    }
  }

  /** {@code tiepdon/v1/{site}/{kiosk}/payment/+}: every payment status for one kiosk. */
  public static String filter(KioskRef kiosk) {
    return prefix(kiosk) + "+";
  }

  /** True for a topic under {@link #filter}: tells payment topics apart from the kiosk's others. */
  public static boolean isUnder(KioskRef kiosk, String topic) {
    return topic != null && topic.startsWith(prefix(kiosk));
  }

  private static String prefix(KioskRef kiosk) {
    return KioskTopic.ROOT + "/" + kiosk.site() + "/" + kiosk.kiosk() + "/" + LEVEL + "/";
  }

  /** Reads a topic name as received from a broker; the message names the offending level. */
  public static PaymentTopic parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("topic is required");
    }
    String[] levels = name.split("/", -1);
    if (levels.length != 6
        || !"tiepdon".equals(levels[0])
        || !"v1".equals(levels[1])
        || !LEVEL.equals(levels[4])) {
      throw new IllegalArgumentException(
          "topic must be '"
              + KioskTopic.ROOT
              + "/{site}/{kiosk}/payment/{ref}', was '"
              + name
              + "'");
    }
    try {
      return new PaymentTopic(
          new KioskRef(new SiteId(levels[2]), new KioskId(levels[3])), levels[5]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("topic '" + name + "': " + e.getMessage(), e);
    }
  }

  public String value() {
    return prefix(kiosk) + intentRef;
  }

  @Override
  public String toString() {
    return value();
  }
}
