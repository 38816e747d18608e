package vn.tiepdon.provisioning.topic;

/** One kiosk within its site, e.g. {@code k01}; the same rule as the kiosk YAML's {@code id}. */
public record KioskId(String value) {
  public KioskId {
    TopicSegments.requireId("kiosk id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
