package vn.tiepdon.devices.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/**
 * Where the serial scanner is and how its line is set. Exactly one of {@code path} and {@code usb}.
 * Line settings left out take the 115200 8N1 default.
 *
 * @param parity none, odd, even, mark or space
 * @param stopBits "1", "1.5" or "2"
 * @param flowControl none, rts-cts or xon-xoff
 * @param reconnectInterval how often a missing scanner is looked for again; default 1 s
 */
public record SerialPortSettings(
    String path,
    UsbIdSettings usb,
    Integer baud,
    Integer dataBits,
    String parity,
    String stopBits,
    String flowControl,
    Duration reconnectInterval) {

  public SerialPortSettings {
    if (path != null && path.isBlank()) {
      path = null;
    }
    if ((path == null) == (usb == null)) {
      throw new IllegalArgumentException(
          "exactly one of path and usb must be set, was "
              + (path == null ? "neither" : "both (path '" + path + "')"));
    }
    baud = baud == null ? SerialLine.DEFAULT.baud() : baud;
    dataBits = dataBits == null ? SerialLine.DEFAULT.dataBits() : dataBits;
    parity =
        Choices.oneOf("parity", parity, "none", List.of("none", "odd", "even", "mark", "space"));
    stopBits = Choices.oneOf("stopBits", stopBits, "1", List.of("1", "1.5", "2"));
    flowControl =
        Choices.oneOf("flowControl", flowControl, "none", List.of("none", "rts-cts", "xon-xoff"));
    reconnectInterval = reconnectInterval != null ? reconnectInterval : Duration.ofSeconds(1);
    if (reconnectInterval.compareTo(Duration.ofMillis(10)) < 0
        || reconnectInterval.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException(
          "reconnectInterval must be PT0.01S..PT1M, was " + reconnectInterval);
    }
    line(baud, dataBits, parity, stopBits, flowControl);
  }

  /** A port given by path with default line settings. */
  public static SerialPortSettings atPath(String path) {
    return new SerialPortSettings(path, null, null, null, null, null, null, null);
  }

  public PortSelector selector() {
    if (path != null) {
      return new PortSelector.ByPath(Path.of(path));
    }
    return new PortSelector.ByUsbId(
        usb.vendorIdValue(),
        usb.productIdValue(),
        usb.serialNumber().isEmpty() ? Optional.empty() : Optional.of(usb.serialNumber()));
  }

  public SerialLine line() {
    return line(baud, dataBits, parity, stopBits, flowControl);
  }

  private static SerialLine line(
      int baud, int dataBits, String parity, String stopBits, String flowControl) {
    SerialLine.StopBits stops =
        switch (stopBits) {
          case "1.5" -> SerialLine.StopBits.ONE_POINT_FIVE;
          case "2" -> SerialLine.StopBits.TWO;
          default -> SerialLine.StopBits.ONE;
        };
    SerialLine.FlowControl flow =
        switch (flowControl) {
          case "rts-cts" -> SerialLine.FlowControl.RTS_CTS;
          case "xon-xoff" -> SerialLine.FlowControl.XON_XOFF;
          default -> SerialLine.FlowControl.NONE;
        };
    return new SerialLine(
        baud,
        dataBits,
        SerialLine.Parity.valueOf(parity.toUpperCase(java.util.Locale.ROOT)),
        stops,
        flow);
  }
}
