package vn.tiepdon.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The serial ports of this machine as jSerialComm sees them (ptys are not listed). */
public final class SerialPorts {
  private SerialPorts() {}

  public static List<SerialPortInfo> list() {
    return Arrays.stream(SerialPort.getCommPorts())
        .map(SerialPorts::info)
        .sorted(Comparator.comparing(SerialPortInfo::path))
        .toList();
  }

  static SerialPortInfo info(SerialPort port) {
    String serial = port.getSerialNumber();
    return new SerialPortInfo(
        port.getSystemPortPath(),
        port.getSystemPortName(),
        String.valueOf(port.getPortDescription()),
        port.getVendorID(),
        port.getProductID(),
        serial == null || serial.equalsIgnoreCase("Unknown") ? "" : serial);
  }
}
