package vn.tiepdon.ui.demo;

import java.util.function.Supplier;

/**
 * A made-up citizen the demo can play: a label for the panel, the card's QR text, and the card's
 * chip as a genuine software chip or a forged one (a data group altered after signing).
 */
public record DemoCitizen(
    String label, String qrText, Supplier<Object> genuineChip, Supplier<Object> forgedChip) {
  @Override
  public String toString() {
    return label;
  }
}
