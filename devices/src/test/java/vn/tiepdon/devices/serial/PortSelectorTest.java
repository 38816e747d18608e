package vn.tiepdon.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortSelectorTest {
  static final SerialPortInfo HONEYWELL_A =
      new SerialPortInfo("/dev/ttyACM1", "ttyACM1", "Honeywell Scanner", 0x0c2e, 0x0b61, "21001A");
  static final SerialPortInfo HONEYWELL_B =
      new SerialPortInfo("/dev/ttyACM0", "ttyACM0", "Honeywell Scanner", 0x0c2e, 0x0b61, "21002B");
  static final SerialPortInfo UART =
      new SerialPortInfo("/dev/ttyS0", "ttyS0", "Physical Port S0", -1, -1, "");

  @Test
  void matchesByVendorAndProductInPathOrder() {
    PortSelector.ByUsbId any = new PortSelector.ByUsbId(0x0c2e, 0x0b61, Optional.empty());
    assertThat(any.matching(List.of(HONEYWELL_A, UART, HONEYWELL_B)))
        .containsExactly(HONEYWELL_B, HONEYWELL_A);
  }

  @Test
  void aSerialNumberPicksOneOfTwoIdenticalScanners() {
    PortSelector.ByUsbId one = new PortSelector.ByUsbId(0x0c2e, 0x0b61, Optional.of("21001A"));
    assertThat(one.matching(List.of(HONEYWELL_B, HONEYWELL_A, UART))).containsExactly(HONEYWELL_A);
    assertThat(one).hasToString("usb 0c2e:0b61 serial 21001A");
  }

  @Test
  void portsDescribeTheirUsbId() {
    assertThat(HONEYWELL_A.usbId()).isEqualTo("0c2e:0b61");
    assertThat(UART.isUsb()).isFalse();
    assertThat(UART.usbId()).isEmpty();
  }

  @Test
  void idsAreSixteenBits() {
    assertThatThrownBy(() -> new PortSelector.ByUsbId(0x10000, 1, Optional.empty()))
        .hasMessage("vendorId must be 0..0xffff, was 65536");
  }
}
