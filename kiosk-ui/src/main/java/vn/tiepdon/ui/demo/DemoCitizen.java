package vn.tiepdon.ui.demo;

/** A made-up citizen the demo can "scan": a label for the panel and the card's QR text. */
public record DemoCitizen(String label, String qrText) {
  @Override
  public String toString() {
    return label;
  }
}
