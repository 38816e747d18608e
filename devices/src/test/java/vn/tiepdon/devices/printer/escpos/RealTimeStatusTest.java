package vn.tiepdon.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.printer.PaperLevel;
import vn.tiepdon.devices.printer.PrinterStatus;

/** Status bytes as the Epson ESC/POS reference defines them for DLE EOT 1, 2 and 4. */
class RealTimeStatusTest {
  @ParameterizedTest(name = "{0}: {1} {2} {3}")
  @CsvSource({
    // what,                       printer, cause, paper, paper level, cover, online, health
    "ready,                        0x12, 0x12, 0x12, OK,       false, true,  OK",
    "near-end sensor,              0x12, 0x12, 0x1e, NEAR_END, false, true,  PAPER_NEAR_END",
    "one near-end bit,             0x12, 0x12, 0x16, NEAR_END, false, true,  PAPER_NEAR_END",
    "paper end,                    0x1a, 0x32, 0x7e, OUT,      false, true,  PAPER_OUT",
    "stopped by paper end only,    0x1a, 0x32, 0x12, OUT,      false, true,  PAPER_OUT",
    "cover open,                   0x1a, 0x16, 0x12, OK,       true,  true,  COVER_OPEN",
    "cover open and paper out,     0x1a, 0x36, 0x72, OUT,      true,  true,  COVER_OPEN",
    "error (cutter jam),           0x1a, 0x52, 0x12, OK,       false, false, OFFLINE",
    "offline without a cause,      0x1a, 0x12, 0x12, OK,       false, false, OFFLINE",
    "feed button and drawer bits,  0x56, 0x1a, 0x12, OK,       false, true,  OK",
  })
  void decodes(
      String what,
      String printer,
      String cause,
      String paper,
      PaperLevel level,
      boolean cover,
      boolean online,
      HealthReason health) {
    PrinterStatus status =
        new RealTimeStatus(Integer.decode(printer), Integer.decode(cause), Integer.decode(paper))
            .toPrinterStatus();

    assertThat(status).isEqualTo(new PrinterStatus(level, cover, online));
    assertThat(status.healthReason()).isEqualTo(health);
  }

  @Test
  void detailNamesTheFaultsAndTheRawBytes() {
    assertThat(new RealTimeStatus(0x12, 0x12, 0x12).detail()).isEqualTo("ready");
    assertThat(new RealTimeStatus(0x1a, 0x36, 0x7e).detail())
        .isEqualTo("offline, cover open, paper out (status 1a 36 7e)");
    assertThat(new RealTimeStatus(0x12, 0x12, 0x1e).detail())
        .isEqualTo("paper low (status 12 12 1e)");
  }

  @ParameterizedTest
  @CsvSource({"0x00", "0x41", "0xff", "0x13", "0x92", "0x02", "0x10"})
  void bytesWithoutTheFixedBitsAreNoStatus(String b) {
    int value = Integer.decode(b);

    assertThat(RealTimeStatus.isStatusByte(value)).isFalse();
    assertThatThrownBy(() -> new RealTimeStatus(0x12, value, 0x12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            String.format("answer 0x%02x to DLE EOT 2 is not an ESC/POS status byte", value));
  }

  @Test
  void theAnswerToGsRIsToldApartFromDleEot() {
    assertThat(RealTimeStatus.isPaperAfterJobByte(0x00)).isTrue();
    assertThat(RealTimeStatus.isPaperAfterJobByte(0x0f)).isTrue();
    assertThat(RealTimeStatus.isPaperAfterJobByte(0x12)).isFalse();
    assertThat(RealTimeStatus.isPaperAfterJobByte(0x80)).isFalse();
  }

  @Test
  void theRequestsAreTheDocumentedBytes() {
    assertThat(RealTimeStatus.PRINTER).containsExactly(0x10, 0x04, 0x01);
    assertThat(RealTimeStatus.OFFLINE_CAUSE).containsExactly(0x10, 0x04, 0x02);
    assertThat(RealTimeStatus.PAPER_SENSOR).containsExactly(0x10, 0x04, 0x04);
    assertThat(RealTimeStatus.PAPER_AFTER_JOB).containsExactly(0x1d, 0x72, 0x01);
  }
}
