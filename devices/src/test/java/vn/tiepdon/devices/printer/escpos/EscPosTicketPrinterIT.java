package vn.tiepdon.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.DeviceHealth;
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
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/** The real adapter (jSerialComm, escpos-coffee) against a printer emulator over a socat pty. */
class EscPosTicketPrinterIT {
  private static final Path OUT = Path.of("target", "printer-emulator");
  private static final DeviceId ID = DeviceId.of(DeviceKind.PRINTER, "pty");
  private static final int WIDTH_BYTES = 72;

  @TempDir Path folder;
  private final MutableClock clock = MutableClock.at("2026-12-01T01:30:00Z");
  private final List<DeviceHealth> changes = new ArrayList<>();
  private PrinterPty pty;
  private PrinterEmulator emulator;
  private EscPosTicketPrinter printer;

  @BeforeAll
  static void registerFont() throws Exception {
    try (InputStream in =
        EscPosTicketPrinterIT.class.getResourceAsStream("/fonts/BeVietnamPro-Bold.ttf")) {
      GraphicsEnvironment.getLocalGraphicsEnvironment()
          .registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
    }
    Files.createDirectories(OUT);
  }

  @BeforeEach
  void plugIn() throws Exception {
    PrinterPty.assumeSocat();
    pty = new PrinterPty(folder).plugIn();
    emulator = new PrinterEmulator(pty.printerSide());
  }

  @AfterEach
  void tearDown() throws Exception {
    if (printer != null) {
      printer.close();
    }
    if (emulator != null) {
      emulator.close();
    }
    if (pty != null) {
      pty.close();
    }
  }

  private EscPosTicketPrinter printer(boolean confirm, Cut cut) {
    printer =
        new EscPosTicketPrinter(
            new EscPosPrinterConfig(
                ID,
                new PortSelector.ByPath(pty.kioskSide()),
                SerialLine.DEFAULT,
                Duration.ofMillis(300),
                Duration.ofSeconds(2),
                confirm,
                4,
                cut,
                Duration.ZERO),
            clock);
    printer.onHealthChange((before, now) -> changes.add(now));
    return printer;
  }

  private EscPosTicketPrinter printer() {
    return printer(true, Cut.FULL);
  }

  /** A ticket-like raster in Vietnamese, 576 dots wide, drawn straight in black and white. */
  static BufferedImage vietnameseTicket(int height) {
    BufferedImage image = new BufferedImage(576, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 576, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font("Be Vietnam Pro", Font.BOLD, 26));
    g.drawString("Bệnh viện Đa khoa Tỉnh Hưng Yên", 40, 40);
    g.fillRect(16, 56, 544, 3);
    g.setFont(new Font("Be Vietnam Pro", Font.BOLD, 44));
    g.drawString("NỘI TỔNG QUÁT", 90, 120);
    g.setFont(new Font("Be Vietnam Pro", Font.BOLD, 30));
    g.drawString("Phòng 205 – Tầng 2 – Khu B", 70, 170);
    g.setFont(new Font("Be Vietnam Pro", Font.BOLD, 160));
    g.drawString("1023", 100, 340);
    g.setFont(new Font("Be Vietnam Pro", Font.BOLD, 36));
    g.drawString("ƯU TIÊN · Người cao tuổi", 60, 410);
    g.drawString("Ặặ Ỗỗ Ữữ Ởở Ươ ươ Đđ", 60, 470);
    g.fillRect(16, height - 20, 544, 3);
    g.dispose();
    return image;
  }

  @Test
  void printsTheRasterWithInitBandsFeedAndCutAndReadsStatusAroundIt() throws Exception {
    BufferedImage ticket = vietnameseTicket(600);

    PrintOutcome outcome = printer().print(ticket);

    assertThat(outcome.result()).isEqualTo(PrintResult.PRINTED);
    assertThat(outcome.before()).isEqualTo(PrinterStatus.ready());
    assertThat(outcome.after()).isEqualTo(PrinterStatus.ready());
    assertThat(printer.health().state()).isEqualTo(HealthState.UP);
    await().until(() -> emulator.commands().size() >= 26);
    assertThat(emulator.commands().stream().map(Object::toString).toList())
        .containsExactly(
            "DLE EOT 1",
            "DLE EOT 2",
            "DLE EOT 4",
            "ESC @",
            "ESC a 49",
            "GS v 0 0 72 256 [18432 bytes]",
            "ESC a 49",
            "GS v 0 0 72 256 [18432 bytes]",
            "ESC a 49",
            "GS v 0 0 72 88 [6336 bytes]",
            "ESC M 48",
            "ESC E 0",
            "GS ! 0",
            "ESC - 48",
            "ESC a 48",
            "ESC 2",
            "GS B 0",
            "LF",
            "LF",
            "LF",
            "LF",
            "GS V 48",
            "GS r 1",
            "DLE EOT 1",
            "DLE EOT 2",
            "DLE EOT 4");
    byte[] bytes = emulator.receivedBytes();
    // The exact header bytes: GS v 0, m = 0, xL xH = 72 0, yL yH = 0 1 (256 rows).
    assertThat(indexOf(bytes, new byte[] {0x1D, 0x76, 0x30, 0, 72, 0, 0, 1})).isEqualTo(14);
    assertThat(slice(bytes, 9, 11)).containsExactly(0x1B, 0x40);
    assertThat(indexOf(bytes, new byte[] {0x1D, 0x56, 0x30})).isPositive();

    BufferedImage printed = emulator.printedImage();
    ImageIO.write(printed, "png", OUT.resolve("vietnamese-ticket-as-printed.png").toFile());
    assertSamePixels(ticket, printed);
  }

  @Test
  void aPartialCutSendsGsV1() throws Exception {
    assertThat(printer(true, Cut.PARTIAL).print(vietnameseTicket(100)).printed()).isTrue();

    assertThat(emulator.jobCommandNames()).endsWith("GS V 49");
  }

  @Test
  void aTicketNarrowerThanTheHeadIsPaddedToWholeBytesAndCentred() throws Exception {
    BufferedImage narrow = new BufferedImage(300, 10, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = narrow.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 300, 10);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 3, 10);
    g.fillRect(297, 0, 3, 10);
    g.dispose();

    assertThat(printer().print(narrow).printed()).isTrue();

    assertThat(emulator.jobCommandNames()).contains("ESC a 49", "GS v 0 0 38 10 [380 bytes]");
    assertSamePixels(narrow, emulator.printedImage());
  }

  @Test
  void paperNearEndPrintsAndMakesHealthDegraded() throws Exception {
    emulator.paper(PrinterEmulator.Paper.NEAR_END);

    PrintOutcome outcome = printer().print(vietnameseTicket(200));

    assertThat(outcome.result()).isEqualTo(PrintResult.PRINTED);
    assertThat(outcome.before().paper()).isEqualTo(PaperLevel.NEAR_END);
    assertThat(outcome.after().paper()).isEqualTo(PaperLevel.NEAR_END);
    assertThat(printer.health().state()).isEqualTo(HealthState.DEGRADED);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.PAPER_NEAR_END);
    assertThat(printer.health().detail()).startsWith("paper low");
    assertThat(emulator.jobCommandNames()).contains("GS v 0 0 72 200 [14400 bytes]");
  }

  @Test
  void paperOutSendsNoJobAndSaysSo() throws Exception {
    emulator.paper(PrinterEmulator.Paper.OUT);

    PrintOutcome outcome = printer().print(vietnameseTicket(200));

    assertThat(outcome.result()).isEqualTo(PrintResult.PAPER_OUT);
    assertThat(outcome.printed()).isFalse();
    assertThat(outcome.before().paper()).isEqualTo(PaperLevel.OUT);
    assertThat(printer.health().state()).isEqualTo(HealthState.DOWN);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.PAPER_OUT);
    assertNothingButStatusWasSent();
  }

  @Test
  void coverOpenSendsNoJob() throws Exception {
    emulator.coverOpen = true;

    PrintOutcome outcome = printer().print(vietnameseTicket(200));

    assertThat(outcome.result()).isEqualTo(PrintResult.COVER_OPEN);
    assertThat(outcome.before().coverOpen()).isTrue();
    assertThat(printer.health().reason()).isEqualTo(HealthReason.COVER_OPEN);
    assertNothingButStatusWasSent();
  }

  @Test
  void aPrinterErrorIsOfflineAndSendsNoJob() throws Exception {
    emulator.error = true;

    PrintOutcome outcome = printer().print(vietnameseTicket(200));

    assertThat(outcome.result()).isEqualTo(PrintResult.OFFLINE);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.OFFLINE);
    assertThat(printer.health().detail()).contains("printer error");
    assertNothingButStatusWasSent();
  }

  @Test
  void aSilentPrinterIsDownNotResponding() throws Exception {
    emulator.silent = true;

    PrintOutcome outcome = printer().print(vietnameseTicket(200));

    assertThat(outcome.result()).isEqualTo(PrintResult.OFFLINE);
    assertThat(outcome.before()).isEqualTo(PrinterStatus.unreachable());
    assertThat(printer.health().state()).isEqualTo(HealthState.DOWN);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.OFFLINE);
    assertThat(printer.health().detail())
        .isEqualTo("not responding: no answer to DLE EOT 1 within PT0.3S");
    assertThat(emulator.jobCommandNames()).isEmpty();
  }

  @Test
  void anAnswerThatIsNoStatusByteIsNamed() throws Exception {
    emulator.garbage = true;

    assertThat(printer().print(vietnameseTicket(100)).result()).isEqualTo(PrintResult.OFFLINE);

    assertThat(printer.health().reason()).isEqualTo(HealthReason.OFFLINE);
    assertThat(printer.health().detail())
        .isEqualTo("answer 0x41 to DLE EOT 1 is not an ESC/POS status byte");
    assertThat(emulator.jobCommandNames()).isEmpty();
  }

  @Test
  void paperRunningOutMidTicketIsPaperOutSoTheCallerReprints() throws Exception {
    emulator.onRasterHeader = e -> e.paper = PrinterEmulator.Paper.OUT;

    PrintOutcome outcome = printer().print(vietnameseTicket(300));

    assertThat(outcome.result()).isEqualTo(PrintResult.PAPER_OUT);
    assertThat(outcome.before()).isEqualTo(PrinterStatus.ready());
    assertThat(outcome.after().paper()).isEqualTo(PaperLevel.OUT);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.PAPER_OUT);
  }

  @Test
  void aPrinterThatNeverConfirmsFailsTheJobButKeepsItsStatus() throws Exception {
    // Answers DLE EOT (real time) but drops GS r: a job stuck in the buffer.
    emulator.onRasterHeader = e -> e.silentAfterJob = true;

    PrintOutcome outcome = printer().print(vietnameseTicket(100));

    assertThat(outcome.result()).isEqualTo(PrintResult.FAILED);
    assertThat(outcome.failure().map(PrintFailure::detail))
        .contains("printer did not confirm the ticket within PT2S");
    assertThat(outcome.after()).isEqualTo(PrinterStatus.ready());
  }

  @Test
  void withoutConfirmationTheStatusIsReadRightAfterSending() throws Exception {
    assertThat(printer(false, Cut.FULL).print(vietnameseTicket(100)).printed()).isTrue();

    await().until(() -> emulator.commands().size() >= 21);
    assertThat(emulator.commands().stream().map(Object::toString))
        .doesNotContain("GS r 1")
        .endsWith("GS V 48", "DLE EOT 1", "DLE EOT 2", "DLE EOT 4");
  }

  @Test
  void aRasterTooWideIsRefusedBeforeAnythingIsSent() throws Exception {
    PrintOutcome outcome =
        printer().print(new BufferedImage(640, 10, BufferedImage.TYPE_BYTE_BINARY));

    assertThat(outcome.result()).isEqualTo(PrintResult.FAILED);
    assertThat(outcome.failure().map(PrintFailure::reason))
        .contains(PrintFailure.Reason.RASTER_TOO_WIDE);
    assertNothingButStatusWasSent();
  }

  @Test
  void aReprintSendsTheSameBytesAgain() throws Exception {
    // As tall as a real ticket (TicketLayout's sample is 576 × ~980 dots).
    BufferedImage ticket = vietnameseTicket(1000);
    printer();

    assertThat(printer.print(ticket).printed()).isTrue();
    int firstJob = emulator.jobCommands().size();
    long started = System.nanoTime();
    assertThat(printer.print(ticket).printed()).isTrue();
    System.out.printf(
        "escpos over pty: a 576x1000 ticket (%d bytes received in all) printed and confirmed,"
            + " status before and after, in %d ms%n",
        emulator.receivedBytes().length / 2, (System.nanoTime() - started) / 1_000_000);

    List<PrinterEmulator.Command> job = emulator.jobCommands();
    assertThat(job).hasSize(2 * firstJob);
    for (int i = 0; i < firstJob; i++) {
      assertThat(job.get(firstJob + i).toString()).isEqualTo(job.get(i).toString());
      assertThat(job.get(firstJob + i).data()).isEqualTo(job.get(i).data());
    }
  }

  @Test
  void unpluggedMidJobFailsThenTheReplugRecovers() throws Exception {
    // Tall enough that the pty buffers cannot take it all before the plug is pulled.
    BufferedImage tall = vietnameseTicket(4000);
    emulator.onRasterHeader =
        e -> {
          try {
            pty.unplug();
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        };

    PrintOutcome outcome = printer().print(tall);

    assertThat(outcome.printed()).isFalse();
    assertThat(outcome.result()).isIn(PrintResult.FAILED, PrintResult.OFFLINE);
    assertThat(printer.health().state()).isEqualTo(HealthState.DOWN);
    assertThat(printer.health().reason()).isIn(HealthReason.UNPLUGGED, HealthReason.PORT_NOT_FOUND);
    assertThat(printer.status()).isEqualTo(PrinterStatus.unreachable());

    emulator.close();
    pty.plugIn();
    emulator = new PrinterEmulator(pty.printerSide());
    assertThat(printer.status()).isEqualTo(PrinterStatus.ready());
    assertThat(printer.health().state()).isEqualTo(HealthState.UP);
    assertThat(printer.print(vietnameseTicket(100)).printed()).isTrue();
    assertThat(changes.stream().map(DeviceHealth::reason))
        .containsSubsequence(HealthReason.OK, HealthReason.UNPLUGGED, HealthReason.OK);
  }

  @Test
  void aPrinterThatStopsTakingDataMidJobFailsWithinTheTimeoutAndRecovers() throws Exception {
    CountDownLatch jammed = new CountDownLatch(1);
    emulator.onRasterHeader =
        e -> {
          try {
            jammed.await(); // stops reading: the kiosk's writes fill the pty and block
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        };

    PrintOutcome outcome = printer().print(vietnameseTicket(4000));

    assertThat(outcome.result()).isEqualTo(PrintResult.FAILED);
    assertThat(outcome.failure().map(PrintFailure::detail).orElseThrow())
        .startsWith("printer stopped taking data: ")
        .contains("took no data for PT2S");
    assertThat(printer.health().reason()).isEqualTo(HealthReason.OFFLINE);

    // Staff switch it off and on: the half-received raster is gone and it answers again.
    jammed.countDown();
    emulator.close();
    pty.unplug();
    pty.plugIn();
    emulator = new PrinterEmulator(pty.printerSide());
    assertThat(printer.status()).isEqualTo(PrinterStatus.ready());
    assertThat(printer.health().state()).isEqualTo(HealthState.UP);
    assertThat(printer.print(vietnameseTicket(100)).printed()).isTrue();
  }

  @Test
  void aMissingPortIsPortNotFoundAndNothingIsPrinted() throws Exception {
    printer =
        new EscPosTicketPrinter(
            EscPosPrinterConfig.defaults(
                ID, new PortSelector.ByPath(folder.resolve("nothing-here")), SerialLine.DEFAULT),
            clock);

    PrintOutcome outcome = printer.print(vietnameseTicket(100));

    assertThat(outcome.result()).isEqualTo(PrintResult.OFFLINE);
    assertThat(printer.health().reason()).isEqualTo(HealthReason.PORT_NOT_FOUND);
    assertThat(printer.selfTest().passed()).isFalse();
  }

  @Test
  void selfTestAndPollingFollowAReloadedRoll() throws Exception {
    emulator.paper(PrinterEmulator.Paper.OUT);
    assertThat(printer().selfTest().passed()).isFalse();
    assertThat(printer.health().reason()).isEqualTo(HealthReason.PAPER_OUT);
    printer.close();

    printer =
        new EscPosTicketPrinter(
            new EscPosPrinterConfig(
                ID,
                new PortSelector.ByPath(pty.kioskSide()),
                SerialLine.DEFAULT,
                Duration.ofMillis(300),
                Duration.ofSeconds(2),
                true,
                4,
                Cut.FULL,
                Duration.ofSeconds(1)),
            clock);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> printer.health().reason() == HealthReason.PAPER_OUT);
    emulator.paper(PrinterEmulator.Paper.OK);
    await().atMost(Duration.ofSeconds(10)).until(() -> printer.health().state() == HealthState.UP);
    assertThat(printer.selfTest().passed()).isTrue();
  }

  @Test
  void closedIsDownClosedAndPrintsNothing() throws Exception {
    printer().close();

    assertThat(printer.health().reason()).isEqualTo(HealthReason.CLOSED);
    assertThat(printer.print(vietnameseTicket(100)).result()).isEqualTo(PrintResult.OFFLINE);
  }

  private void assertNothingButStatusWasSent() {
    assertThat(emulator.jobCommandNames()).isEmpty();
    assertThat(emulator.commands().stream().map(Object::toString))
        .containsExactly("DLE EOT 1", "DLE EOT 2", "DLE EOT 4");
  }

  /** Black stays black and white stays white; columns added to fill the last byte are white. */
  static void assertSamePixels(BufferedImage source, BufferedImage printed) {
    assertThat(printed.getHeight()).isEqualTo(source.getHeight());
    assertThat(printed.getWidth()).isEqualTo((source.getWidth() + 7) / 8 * 8);
    for (int y = 0; y < printed.getHeight(); y++) {
      for (int x = 0; x < printed.getWidth(); x++) {
        boolean sourceBlack = x < source.getWidth() && (source.getRGB(x, y) & 0xFFFFFF) == 0;
        boolean printedBlack = (printed.getRGB(x, y) & 0xFFFFFF) == 0;
        if (sourceBlack != printedBlack) {
          throw new AssertionError(
              "pixel " + x + "," + y + " differs: source black " + sourceBlack);
        }
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int[] slice(byte[] bytes, int from, int to) {
    int[] out = new int[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = bytes[i] & 0xFF;
    }
    return out;
  }
}
