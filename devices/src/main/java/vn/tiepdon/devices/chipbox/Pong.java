package vn.tiepdon.devices.chipbox;

import java.util.Arrays;

/** A box's answer to PING: whether a card is in its field and, if so, the card's ATR. */
public record Pong(boolean cardPresent, byte[] atr) {
  public Pong {
    atr = atr.clone();
  }

  static Pong parse(byte[] payload) {
    if (payload.length == 0) {
      return new Pong(false, new byte[0]);
    }
    boolean present = (payload[0] & 0x01) != 0;
    return new Pong(
        present, present ? Arrays.copyOfRange(payload, 1, payload.length) : new byte[0]);
  }

  /** The payload a box puts in its PONG frame. */
  public byte[] encode() {
    byte[] out = new byte[1 + (cardPresent ? atr.length : 0)];
    out[0] = (byte) (cardPresent ? 1 : 0);
    if (cardPresent) {
      System.arraycopy(atr, 0, out, 1, atr.length);
    }
    return out;
  }

  @Override
  public byte[] atr() {
    return atr.clone();
  }
}
