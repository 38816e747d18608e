package vn.tiepdon.devices.printer.escpos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
import vn.tiepdon.devices.serial.PortUnavailableException;
import vn.tiepdon.devices.serial.SerialConnection;
import vn.tiepdon.devices.serial.WriteStalledException;

/**
 * An Epson-compatible ESC/POS thermal printer on a serial or USB-CDC port. Each job reads the
 * status first and sends nothing when the paper is out, the cover open or the printer silent; then
 * sends the ticket as a raster (escpos-coffee), waits for the printer to confirm it printed it, and
 * reads the status again. The port is found and opened on first use and again after an unplug, so a
 * replugged printer works without a restart.
 */
public final class EscPosTicketPrinter implements TicketPrinter {
  private static final Logger log = LoggerFactory.getLogger(EscPosTicketPrinter.class);

  private final EscPosPrinterConfig config;
  private final HealthTracker health;
  private final StatusReader statusReader;
  private final ScheduledExecutorService poller;
  private SerialConnection connection;
  private boolean closed;

  /** Starts background status polling when {@code config.statusPollInterval()} is not zero. */
  public EscPosTicketPrinter(EscPosPrinterConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.health = new HealthTracker(config.id(), Objects.requireNonNull(clock, "clock"));
    this.statusReader = new StatusReader(config.statusTimeout());
    if (config.statusPollInterval().isZero()) {
      poller = null;
    } else {
      poller =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "printer-" + config.id().name() + "-status");
                t.setDaemon(true);
                return t;
              });
      long every = config.statusPollInterval().toMillis();
      poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
    }
  }

  private void poll() {
    try {
      status();
    } catch (RuntimeException e) {
      log.warn("{} status poll failed", config.id(), e);
    }
  }

  /** Reads the status now (opening the port if needed) and updates health. */
  @Override
  public synchronized PrinterStatus status() {
    if (closed) {
      return PrinterStatus.unreachable();
    }
    return readStatus();
  }

  @Override
  public synchronized PrintOutcome print(BufferedImage raster) {
    Objects.requireNonNull(raster, "raster");
    if (closed) {
      return PrintOutcome.of(
          PrintResult.OFFLINE, PrinterStatus.unreachable(), PrinterStatus.unreachable());
    }
    PrinterStatus before = readStatus();
    PrintOutcome outcome = attempt(raster, before);
    log.info(
        "{} print {}x{}: {} (before {}, after {})",
        config.id(),
        raster.getWidth(),
        raster.getHeight(),
        outcome.result(),
        before,
        outcome.after());
    return outcome;
  }

  private PrintOutcome attempt(BufferedImage raster, PrinterStatus before) {
    if (!before.canPrint()) {
      return PrintOutcome.of(refusal(before), before, before);
    }
    Optional<PrintFailure> invalid = RasterCheck.problemWith(raster);
    if (invalid.isPresent()) {
      return PrintOutcome.failed(invalid.get(), before, before);
    }
    byte[] job = TicketCommands.of(raster, config.feedLines(), config.cut());
    boolean confirmed;
    try {
      connection.write(job);
      confirmed =
          !config.confirmPrint() || statusReader.awaitJobPrinted(connection, config.printTimeout());
    } catch (IOException e) {
      lost(e);
      String what =
          e instanceof WriteStalledException
              ? "printer stopped taking data: "
              : "printer went away mid-job: ";
      return PrintOutcome.failed(
          new PrintFailure(PrintFailure.Reason.IO_ERROR, what + e.getMessage()),
          before,
          PrinterStatus.unreachable());
    }
    PrinterStatus after = readStatus();
    if (confirmed) {
      return PrintOutcome.of(PrintResult.PRINTED, before, after);
    }
    if (!after.canPrint()) {
      // It stopped mid-ticket: what came out (if anything) is not a ticket, the caller reprints.
      return PrintOutcome.of(refusal(after), before, after);
    }
    return PrintOutcome.failed(
        new PrintFailure(
            PrintFailure.Reason.DEVICE_ERROR,
            "printer did not confirm the ticket within " + config.printTimeout()),
        before,
        after);
  }

  /** The result for a status that cannot print; the most serious fault wins, as in health. */
  private static PrintResult refusal(PrinterStatus status) {
    if (!status.online()) {
      return PrintResult.OFFLINE;
    }
    if (status.coverOpen()) {
      return PrintResult.COVER_OPEN;
    }
    return status.paper() == PaperLevel.OUT ? PrintResult.PAPER_OUT : PrintResult.OFFLINE;
  }

  private PrinterStatus readStatus() {
    if (!connect()) {
      return PrinterStatus.unreachable();
    }
    RealTimeStatus answer;
    try {
      answer = statusReader.read(connection);
    } catch (IOException e) {
      lost(e);
      return PrinterStatus.unreachable();
    } catch (NoAnswerException e) {
      health.down(HealthReason.OFFLINE, e.getMessage());
      return PrinterStatus.unreachable();
    }
    PrinterStatus status = answer.toPrinterStatus();
    HealthReason reason = status.healthReason();
    if (reason == HealthReason.OK) {
      health.up();
    } else {
      health.report(reason, answer.detail());
    }
    return status;
  }

  private boolean connect() {
    if (connection != null) {
      return true;
    }
    try {
      connection = SerialConnection.open(config.port(), config.line(), config.printTimeout());
      log.info("{} opened {} ({})", config.id(), connection.path(), config.port());
      return true;
    } catch (PortUnavailableException e) {
      // An unplugged printer stays UNPLUGGED (and keeps its since) while it is away.
      if (!(e.reason() == HealthReason.PORT_NOT_FOUND
          && health.current().reason() == HealthReason.UNPLUGGED)) {
        health.down(e.reason(), e.getMessage());
      }
      return false;
    }
  }

  /**
   * The connection is no use any more: the device went away (UNPLUGGED), or stopped taking data
   * (OFFLINE: jammed, or flow control stuck). The port is opened afresh next time.
   */
  private void lost(IOException e) {
    if (e instanceof WriteStalledException) {
      log.warn("{} stopped taking data: {}", config.id(), e.getMessage());
      health.down(HealthReason.OFFLINE, "stopped taking data: " + e.getMessage());
    } else {
      log.warn("{} lost its port: {}", config.id(), e.getMessage());
      health.down(HealthReason.UNPLUGGED, e.getMessage());
    }
    disconnect();
  }

  private void disconnect() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  @Override
  public DeviceId id() {
    return config.id();
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  @Override
  public Subscription onHealthChange(HealthListener listener) {
    return health.addListener(listener);
  }

  /** Reads the status; passes when the printer answers and can print (paper low still passes). */
  @Override
  public SelfTestResult selfTest() {
    status();
    return SelfTestResult.of(health.current());
  }

  @Override
  public void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      disconnect();
    }
    health.down(HealthReason.CLOSED, "closed");
  }
}
