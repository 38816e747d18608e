package vn.tiepdon.provisioning.fleet;

/**
 * One reason a kiosk needs attention.
 *
 * @param subject what it is about, e.g. the device name for {@link AlertKind#DEVICE_DOWN}; empty
 *     when the alert is about the kiosk as a whole
 */
public record Alert(AlertKind kind, String subject) {
  public Alert {
    if (kind == null) {
      throw new IllegalArgumentException("alert kind is required");
    }
    subject = subject == null ? "" : subject;
  }

  public static Alert of(AlertKind kind) {
    return new Alert(kind, "");
  }

  @Override
  public String toString() {
    return subject.isEmpty() ? kind.name() : kind.name() + "(" + subject + ")";
  }
}
