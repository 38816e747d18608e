package vn.tiepdon.citizenid;

/** Sex as printed on the card: {@code Nam} (male) or {@code Nữ} (female). */
public enum Sex {
  MALE("Nam"),
  FEMALE("Nữ");

  private final String cardText;

  Sex(String cardText) {
    this.cardText = cardText;
  }

  /** The Vietnamese word the QR code and DG13 use. */
  public String cardText() {
    return cardText;
  }
}
