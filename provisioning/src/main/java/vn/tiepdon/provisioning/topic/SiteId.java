package vn.tiepdon.provisioning.topic;

/** A hospital site as it appears in MQTT topics, e.g. {@code bv-choray}. */
public record SiteId(String value) {
  public SiteId {
    TopicSegments.requireId("site id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
