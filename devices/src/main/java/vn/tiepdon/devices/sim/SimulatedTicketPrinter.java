package vn.tiepdon.devices.sim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.HealthListener;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.printer.PaperLevel;
import vn.tiepdon.devices.printer.PrintFailure;
import vn.tiepdon.devices.printer.PrintOutcome;
import vn.tiepdon.devices.printer.PrintResult;
import vn.tiepdon.devices.printer.PrinterStatus;
import vn.tiepdon.devices.printer.RasterCheck;
import vn.tiepdon.devices.printer.TicketPrinter;

/**
 * A ticket printer that writes each printed raster as a PNG into a folder and keeps count of its
 * paper roll. The control panel can run the paper out, cover it near its end, open the cover, take
 * the printer offline or make a share of jobs fail. Each ticket uses its raster height at 8 dots
 * per mm plus a feed-and-cut margin.
 */
public final class SimulatedTicketPrinter implements TicketPrinter {
  private static final Logger log = LoggerFactory.getLogger(SimulatedTicketPrinter.class);
  private static final int DOTS_PER_MM = 8;
  private static final int FEED_AND_CUT_MM = 15;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final DeviceId id;
  private final Path outputFolder;
  private final int rollLengthMm;
  private final int nearEndMm;
  private final Clock clock;
  private final Random random;
  private final HealthTracker health;
  private int paperMm;
  private boolean forcedNearEnd;
  private boolean coverOpen;
  private boolean online = true;
  private boolean closed;
  private int failurePercent;
  private long printed;
  private Path lastTicket;

  /**
   * @param rollLengthMm a full roll (a common 80 mm roll holds about 80 m = 80000 mm)
   * @param nearEndMm below this much paper the status is NEAR_END
   * @param random drives injected failures; seed it for repeatable demos and tests
   */
  public SimulatedTicketPrinter(
      DeviceId id, Path outputFolder, int rollLengthMm, int nearEndMm, Clock clock, Random random) {
    this.id = Objects.requireNonNull(id, "id");
    this.outputFolder = Objects.requireNonNull(outputFolder, "outputFolder");
    if (rollLengthMm < 1) {
      throw new IllegalArgumentException("rollLengthMm must be >= 1, was " + rollLengthMm);
    }
    if (nearEndMm < 0 || nearEndMm >= rollLengthMm) {
      throw new IllegalArgumentException(
          "nearEndMm must be 0.." + (rollLengthMm - 1) + ", was " + nearEndMm);
    }
    this.rollLengthMm = rollLengthMm;
    this.nearEndMm = nearEndMm;
    this.paperMm = rollLengthMm;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.health = new HealthTracker(id, clock);
    refreshHealth();
  }

  @Override
  public synchronized PrinterStatus status() {
    PaperLevel paper;
    if (paperMm <= 0) {
      paper = PaperLevel.OUT;
    } else if (forcedNearEnd || paperMm < nearEndMm) {
      paper = PaperLevel.NEAR_END;
    } else {
      paper = PaperLevel.OK;
    }
    return new PrinterStatus(paper, coverOpen, online && !closed);
  }

  @Override
  public synchronized PrintOutcome print(BufferedImage raster) {
    Objects.requireNonNull(raster, "raster");
    PrinterStatus before = status();
    PrintOutcome outcome = attempt(raster, before);
    refreshHealth();
    log.info("{} print: {} (paper {} mm left)", id, outcome.result(), paperMm);
    return outcome;
  }

  private PrintOutcome attempt(BufferedImage raster, PrinterStatus before) {
    if (!before.online()) {
      return PrintOutcome.of(PrintResult.OFFLINE, before, status());
    }
    if (before.coverOpen()) {
      return PrintOutcome.of(PrintResult.COVER_OPEN, before, status());
    }
    if (before.paper() == PaperLevel.OUT) {
      return PrintOutcome.of(PrintResult.PAPER_OUT, before, status());
    }
    Optional<PrintFailure> invalid = RasterCheck.problemWith(raster);
    if (invalid.isPresent()) {
      return PrintOutcome.failed(invalid.get(), before, status());
    }
    if (failurePercent > 0 && random.nextInt(100) < failurePercent) {
      return PrintOutcome.failed(
          new PrintFailure(PrintFailure.Reason.DEVICE_ERROR, "injected failure"), before, status());
    }
    int needMm = (raster.getHeight() + DOTS_PER_MM - 1) / DOTS_PER_MM + FEED_AND_CUT_MM;
    if (needMm > paperMm) {
      // The roll ends mid-ticket: what came out is unusable, the patient needs a reprint.
      paperMm = 0;
      return PrintOutcome.of(PrintResult.PAPER_OUT, before, status());
    }
    try {
      lastTicket = write(raster);
    } catch (IOException e) {
      log.warn("{} could not write the ticket image into {}", id, outputFolder, e);
      return PrintOutcome.failed(
          new PrintFailure(PrintFailure.Reason.IO_ERROR, e.toString()), before, status());
    }
    paperMm -= needMm;
    printed++;
    return PrintOutcome.of(PrintResult.PRINTED, before, status());
  }

  private Path write(BufferedImage raster) throws IOException {
    Files.createDirectories(outputFolder);
    Path file =
        outputFolder.resolve(
            String.format(
                "ticket-%s-%s-%06d.png", id.name(), STAMP.format(clock.instant()), printed + 1));
    if (!ImageIO.write(raster, "png", file.toFile())) {
      throw new IOException("no PNG writer for image type " + raster.getType());
    }
    return file;
  }

  /** {@code true}: the roll is empty; {@code false}: a full roll is loaded. */
  public synchronized void paperOut(boolean out) {
    paperMm = out ? 0 : rollLengthMm;
    if (!out) {
      forcedNearEnd = false;
    }
    refreshHealth();
  }

  /** Makes the near-end sensor report low paper whatever the count says (or stop doing so). */
  public synchronized void nearEnd(boolean nearEnd) {
    forcedNearEnd = nearEnd;
    refreshHealth();
  }

  public synchronized void coverOpen(boolean open) {
    coverOpen = open;
    refreshHealth();
  }

  public synchronized void offline(boolean offline) {
    online = !offline;
    refreshHealth();
  }

  /** Makes this share of later jobs FAIL with DEVICE_ERROR (0 turns it off). */
  public synchronized void failurePercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("failurePercent must be 0..100, was " + percent);
    }
    failurePercent = percent;
  }

  public synchronized int paperRemainingMm() {
    return paperMm;
  }

  public synchronized long printedCount() {
    return printed;
  }

  /** The PNG of the last ticket printed, if any. */
  public synchronized Optional<Path> lastTicket() {
    return Optional.ofNullable(lastTicket);
  }

  public Path outputFolder() {
    return outputFolder;
  }

  private void refreshHealth() {
    if (closed) {
      health.down(HealthReason.CLOSED, "closed");
      return;
    }
    HealthReason reason = status().healthReason();
    if (reason == HealthReason.OK) {
      health.up();
    } else {
      health.report(reason, "paper " + paperMm + " mm of " + rollLengthMm);
    }
  }

  @Override
  public DeviceId id() {
    return id;
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  @Override
  public Subscription onHealthChange(HealthListener listener) {
    return health.addListener(listener);
  }

  @Override
  public synchronized SelfTestResult selfTest() {
    refreshHealth();
    return SelfTestResult.of(health.current());
  }

  @Override
  public synchronized void close() {
    closed = true;
    refreshHealth();
  }
}
