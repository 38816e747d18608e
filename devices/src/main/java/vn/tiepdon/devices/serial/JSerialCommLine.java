package vn.tiepdon.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.time.Duration;

/** Applies a {@link SerialLine} and read timeouts to a jSerialComm port. */
public final class JSerialCommLine {
  private JSerialCommLine() {}

  public static void configure(SerialPort port, SerialLine line, Duration readTimeout) {
    port.setComPortParameters(line.baud(), line.dataBits(), stopBits(line), parity(line));
    port.setFlowControl(flowControl(line));
    // Semi-blocking: a read returns as soon as any byte is there, or with 0 after the timeout,
    // which is exactly the idle-gap signal and lets the reader notice close().
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) Math.max(1, readTimeout.toMillis()), 0);
  }

  private static int stopBits(SerialLine line) {
    return switch (line.stopBits()) {
      case ONE -> SerialPort.ONE_STOP_BIT;
      case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
      case TWO -> SerialPort.TWO_STOP_BITS;
    };
  }

  private static int parity(SerialLine line) {
    return switch (line.parity()) {
      case NONE -> SerialPort.NO_PARITY;
      case ODD -> SerialPort.ODD_PARITY;
      case EVEN -> SerialPort.EVEN_PARITY;
      case MARK -> SerialPort.MARK_PARITY;
      case SPACE -> SerialPort.SPACE_PARITY;
    };
  }

  private static int flowControl(SerialLine line) {
    return switch (line.flowControl()) {
      case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
      case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
      case XON_XOFF ->
          SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
    };
  }
}
