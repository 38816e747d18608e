package vn.tiepdon.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.MutableClock;
import vn.tiepdon.devices.printer.PaperLevel;
import vn.tiepdon.devices.printer.PrintFailure;
import vn.tiepdon.devices.printer.PrintOutcome;
import vn.tiepdon.devices.printer.PrintResult;
import vn.tiepdon.devices.printer.PrinterStatus;

class SimulatedTicketPrinterTest {
  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  @TempDir Path folder;

  /** Rolls of 1000 mm with near-end below 200 mm; a 400-dot ticket uses 50 + 15 mm. */
  private SimulatedTicketPrinter printer() {
    return new SimulatedTicketPrinter(
        DeviceId.of(DeviceKind.PRINTER, "sim"),
        folder.resolve("out"),
        1000,
        200,
        clock,
        new Random(3));
  }

  private static BufferedImage ticket(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.drawString("1023", 10, 40);
    g.dispose();
    return image;
  }

  @Test
  void printsEachTicketAsAPngAndCountsPaper() throws IOException {
    SimulatedTicketPrinter printer = printer();
    BufferedImage raster = ticket(576, 400);

    PrintOutcome outcome = printer.print(raster);

    assertThat(outcome.result()).isEqualTo(PrintResult.PRINTED);
    assertThat(outcome.before()).isEqualTo(PrinterStatus.ready());
    assertThat(outcome.failure()).isEmpty();
    assertThat(printer.paperRemainingMm()).isEqualTo(1000 - 65);
    assertThat(printer.printedCount()).isEqualTo(1);
    Path png = printer.lastTicket().orElseThrow();
    assertThat(png.getFileName().toString()).isEqualTo("ticket-sim-20261122T080000Z-000001.png");
    BufferedImage back = ImageIO.read(png.toFile());
    assertThat(back.getWidth()).isEqualTo(576);
    assertThat(back.getHeight()).isEqualTo(400);
    for (int y = 0; y < 400; y += 7) {
      for (int x = 0; x < 576; x += 5) {
        assertThat(back.getRGB(x, y)).isEqualTo(raster.getRGB(x, y));
      }
    }
  }

  @Test
  void paperNearEndStillPrintsAndDegradesHealth() {
    SimulatedTicketPrinter printer = printer();
    for (int i = 0; i < 13; i++) {
      assertThat(printer.print(ticket(576, 400)).printed()).isTrue();
    }
    PrintOutcome outcome = printer.print(ticket(576, 400));

    assertThat(outcome.result()).isEqualTo(PrintResult.PRINTED);
    assertThat(outcome.before().paper()).isEqualTo(PaperLevel.NEAR_END);
    assertThat(printer.health().state()).isEqualTo(HealthState.DEGRADED);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.PAPER_NEAR_END);
  }

  @Test
  void theRollRunningOutMidTicketIsPaperOut() throws IOException {
    SimulatedTicketPrinter printer = printer();
    while (printer.paperRemainingMm() >= 65) {
      printer.print(ticket(576, 400));
    }
    long printed = printer.printedCount();

    PrintOutcome outcome = printer.print(ticket(576, 400));

    assertThat(outcome.result()).isEqualTo(PrintResult.PAPER_OUT);
    assertThat(outcome.after().paper()).isEqualTo(PaperLevel.OUT);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.PAPER_OUT);
    try (Stream<Path> files = Files.list(folder.resolve("out"))) {
      assertThat(files).hasSize((int) printed);
    }
  }

  @Test
  void injectedFaultsGiveTheirOutcomeAndPrintNothing() {
    SimulatedTicketPrinter printer = printer();

    printer.paperOut(true);
    assertThat(printer.print(ticket(576, 100)).result()).isEqualTo(PrintResult.PAPER_OUT);
    printer.paperOut(false);
    printer.coverOpen(true);
    assertThat(printer.print(ticket(576, 100)).result()).isEqualTo(PrintResult.COVER_OPEN);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.COVER_OPEN);
    printer.offline(true);
    PrintOutcome offline = printer.print(ticket(576, 100));
    assertThat(offline.result()).isEqualTo(PrintResult.OFFLINE);
    assertThat(offline.before().online()).isFalse();
    assertThat(printer.health().reason()).isEqualTo(HealthReason.OFFLINE);
    printer.offline(false);
    printer.coverOpen(false);
    printer.failurePercent(100);
    PrintOutcome failed = printer.print(ticket(576, 100));
    assertThat(failed.failure().map(PrintFailure::reason))
        .contains(PrintFailure.Reason.DEVICE_ERROR);

    assertThat(printer.printedCount()).isZero();
    assertThat(printer.paperRemainingMm()).isEqualTo(1000);
    assertThat(printer.health().state()).isEqualTo(HealthState.UP);
  }

  @Test
  void rastersThatCannotBePrintedFail() {
    SimulatedTicketPrinter printer = printer();
    PrintOutcome wide = printer.print(ticket(640, 100));

    assertThat(wide.result()).isEqualTo(PrintResult.FAILED);
    assertThat(wide.failure().orElseThrow().detail())
        .isEqualTo("raster is 640 dots wide, the head has 576");
  }

  @Test
  void anUnwritableFolderIsAnIoFailure() throws IOException {
    Files.writeString(folder.resolve("out"), "a file where the folder should be");
    PrintOutcome outcome = printer().print(ticket(576, 100));

    assertThat(outcome.failure().map(PrintFailure::reason)).contains(PrintFailure.Reason.IO_ERROR);
  }

  @Test
  void settingsAndOutcomesAreValidated() {
    assertThatThrownBy(
            () ->
                new SimulatedTicketPrinter(
                    DeviceId.of(DeviceKind.PRINTER, "x"), folder, 1000, 1000, clock, new Random()))
        .hasMessage("nearEndMm must be 0..999, was 1000");
    assertThatThrownBy(
            () ->
                new PrintOutcome(
                    PrintResult.FAILED,
                    PrinterStatus.ready(),
                    PrinterStatus.ready(),
                    java.util.Optional.empty()))
        .hasMessage("a failure goes with result FAILED and only with it, was result FAILED");
  }

  @Test
  void aClosedPrinterIsOffline() {
    SimulatedTicketPrinter printer = printer();
    printer.close();
    assertThat(printer.print(ticket(576, 100)).result()).isEqualTo(PrintResult.OFFLINE);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.CLOSED);
  }
}
