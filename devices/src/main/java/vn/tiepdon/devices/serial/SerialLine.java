package vn.tiepdon.devices.serial;

import java.util.Objects;

/** Line settings of a serial port; they must match what the scanner is configured to send. */
public record SerialLine(
    int baud, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {
  public enum Parity {
    NONE,
    ODD,
    EVEN,
    MARK,
    SPACE
  }

  public enum StopBits {
    ONE,
    ONE_POINT_FIVE,
    TWO
  }

  public enum FlowControl {
    NONE,
    RTS_CTS,
    XON_XOFF
  }

  /** 115200 8N1 without flow control: the default of common scanner engines in CDC mode. */
  public static final SerialLine DEFAULT =
      new SerialLine(115200, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);

  public SerialLine {
    if (baud < 50 || baud > 4_000_000) {
      throw new IllegalArgumentException("baud must be 50..4000000, was " + baud);
    }
    if (dataBits < 5 || dataBits > 8) {
      throw new IllegalArgumentException("dataBits must be 5..8, was " + dataBits);
    }
    Objects.requireNonNull(parity, "parity");
    Objects.requireNonNull(stopBits, "stopBits");
    Objects.requireNonNull(flowControl, "flowControl");
  }
}
