package vn.tiepdon.ui.flow;

/** One clinic as the department screen shows it to this patient. */
public record ServiceOption(
    String code,
    Bilingual name,
    Bilingual room,
    int waiting,
    int etaMinutes,
    long feeDong,
    Availability availability) {

  /** Whether this patient can register for the clinic now, and if not, why. */
  public enum Availability {
    OPEN,
    FULL_TODAY,
    CLOSED_NOW,
    NOT_FOR_AGE
  }

  public boolean open() {
    return availability == Availability.OPEN;
  }
}
