package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.PrinterSettings;
import vn.tiepdon.devices.config.SerialPortSettings;
import vn.tiepdon.devices.config.UsbIdSettings;
import vn.tiepdon.devices.printer.PrintOutcome;
import vn.tiepdon.devices.printer.PrinterStatus;
import vn.tiepdon.devices.printer.TicketPrinter;
import vn.tiepdon.devices.printer.escpos.Cut;
import vn.tiepdon.devices.printer.escpos.EscPosPrinterConfig;
import vn.tiepdon.devices.printer.escpos.EscPosTicketPrinter;
import vn.tiepdon.devices.sim.SimulatedTicketPrinter;
import vn.tiepdon.queue.TicketNumber;
import vn.tiepdon.queue.ticket.TicketLayout;
import vn.tiepdon.queue.ticket.TicketView;
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.fx.KioskFonts;

/**
 * {@code tiepdon devices print-test}: lays out a sample ticket (made-up hospital and number, no
 * personal data) and prints it on an ESC/POS printer, or writes it as a PNG, then reports the
 * printer status before and after as JSON.
 */
@Command(
    name = "print-test",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print a sample Vietnamese ticket and report the printer status before and after, as JSON.",
      "Exit 0 when it printed; 2 when it did not (paper out, cover open, no answer, wrong port)."
    })
final class PrintTestCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DeviceId ID = DeviceId.of(DeviceKind.PRINTER, "test");
  private static final ZoneId HOSPITAL_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(
        names = "--port",
        paramLabel = "PATH",
        description = "The printer's serial device, e.g. /dev/ttyACM0 or a pty made by socat.")
    String port;

    @Option(
        names = "--usb",
        paramLabel = "VID:PID[:SERIAL]",
        description = "The printer's USB ids in hex as lsusb shows them, e.g. 0416:5011.")
    String usb;

    @Option(
        names = "--config",
        paramLabel = "FILE",
        description = "Kiosk YAML: print on its devices.printer (escpos or simulated).")
    Path config;

    @Option(
        names = "--png",
        paramLabel = "FILE",
        description = "Write the ticket raster to this PNG instead of printing it.")
    Path png;
  }

  @Option(names = "--baud", description = "Default: 115200 (USB-CDC printers ignore it).")
  Integer baud;

  @Option(names = "--cut", description = "full or partial; default full.")
  String cut;

  @Option(
      names = "--no-confirm",
      description = "Do not wait for GS r 1 (for printers that do not answer it).")
  boolean noConfirm;

  @Option(
      names = "--print-timeout",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description = "How long the ticket may take to print; default ${DEFAULT-VALUE}.")
  int printTimeoutSeconds;

  @Option(names = "--number", defaultValue = "1023", description = "Ticket number to print.")
  int number;

  @Option(names = "--english", description = "Lay the ticket out in English.")
  boolean english;

  @Override
  public Integer call() throws IOException {
    BufferedImage raster = sampleTicket();
    if (target.png != null) {
      return writePng(raster);
    }
    long started = System.nanoTime();
    try (TicketPrinter printer = printer()) {
      PrintOutcome outcome = printer.print(raster);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      spec.commandLine()
          .getOut()
          .println(JSON.writeValueAsString(report(printer, raster, outcome, millis)));
      if (!outcome.printed()) {
        DeviceHealth health = printer.health();
        throw new BadInputException(
            "the printer did not print: "
                + outcome.result()
                + outcome.failure().map(f -> " " + f.reason() + " (" + f.detail() + ")").orElse("")
                + "; printer "
                + health.state()
                + " "
                + health.reason()
                + (health.detail().isEmpty() ? "" : " (" + health.detail() + ")"));
      }
    }
    return ExitCodes.OK;
  }

  private BufferedImage sampleTicket() {
    if (number < 1 || number > 9999) {
      throw new BadInputException("--number must be 1..9999, was " + number);
    }
    KioskFonts.loadForJava2d();
    Locale language = english ? Locale.ENGLISH : TicketView.VIETNAMESE;
    return new TicketLayout(KioskFonts.FAMILY)
        .render(
            new TicketView(
                english
                    ? "Hung Yen Provincial General Hospital"
                    : "Bệnh viện Đa khoa Tỉnh Hưng Yên",
                english ? "Obstetrics – Gynaecology" : "Sản – Phụ khoa",
                english ? "Room 205 – Floor 2 – Block B" : "Phòng 205 – Tầng 2 – Khu B",
                TicketNumber.of(number),
                LocalDateTime.now(HOSPITAL_TIME).withSecond(0).withNano(0),
                true,
                12,
                24,
                "https://tiepdon.example.vn/hang-doi/print-test",
                language));
  }

  private int writePng(BufferedImage raster) throws IOException {
    Path file = target.png;
    if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
      throw new BadInputException(
          "--png " + file + ": folder " + file.getParent() + " does not exist");
    }
    if (!ImageIO.write(raster, "png", file.toFile())) {
      throw new IllegalStateException("no PNG writer for the ticket raster");
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("png", file.toString());
    root.put("widthDots", raster.getWidth());
    root.put("heightDots", raster.getHeight());
    spec.commandLine().getOut().println(JSON.writeValueAsString(root));
    return ExitCodes.OK;
  }

  private TicketPrinter printer() {
    if (target.config != null) {
      return fromConfig();
    }
    SerialPortSettings port;
    try {
      port =
          new SerialPortSettings(
              target.port,
              target.usb == null ? null : usb(target.usb),
              baud,
              null,
              null,
              null,
              null,
              null);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          e.getMessage().startsWith("baud") ? "--" + e.getMessage() : e.getMessage());
    }
    if (printTimeoutSeconds < 1 || printTimeoutSeconds > 120) {
      throw new BadInputException(
          "--print-timeout must be 1..120 seconds, was " + printTimeoutSeconds);
    }
    Cut chosenCut = cut();
    return new EscPosTicketPrinter(
        new EscPosPrinterConfig(
            ID,
            port.selector(),
            port.line(),
            Duration.ofMillis(500),
            Duration.ofSeconds(printTimeoutSeconds),
            !noConfirm,
            4,
            chosenCut,
            Duration.ZERO),
        Clock.systemUTC());
  }

  private Cut cut() {
    if (cut == null || cut.equalsIgnoreCase("full")) {
      return Cut.FULL;
    }
    if (cut.equalsIgnoreCase("partial")) {
      return Cut.PARTIAL;
    }
    throw new BadInputException("--cut must be full or partial, was '" + cut + "'");
  }

  /** What this command reads from the kiosk configuration; other sections are skipped. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record DevicesSection(DevicesSettings devices) {}

  private TicketPrinter fromConfig() {
    if (baud != null || cut != null || noConfirm) {
      throw new BadInputException(
          "--config takes the printer settings from the file; leave out --baud, --cut and"
              + " --no-confirm");
    }
    Path file = target.config;
    DevicesSection section;
    try (InputStream in = Files.newInputStream(file)) {
      section = new ConfigLoader().read(in, file.toString(), DevicesSection.class);
    } catch (NoSuchFileException e) {
      throw new BadInputException("--config " + file + ": no such file");
    } catch (IOException e) {
      throw new BadInputException("--config " + file + ": cannot read: " + e.getMessage());
    } catch (ConfigException e) {
      throw new BadInputException(e.getMessage());
    }
    DevicesSettings devices =
        section.devices() != null ? section.devices() : DevicesSettings.simulated();
    PrinterSettings printer = devices.printer();
    if (printer.escposType()) {
      return new EscPosTicketPrinter(printer.escpos(ID), Clock.systemUTC());
    }
    Path base = file.toAbsolutePath().getParent();
    return new SimulatedTicketPrinter(
        ID,
        base.resolve(printer.outputFolder()),
        printer.rollLengthMm(),
        printer.nearEndMm(),
        Clock.systemUTC(),
        new SecureRandom());
  }

  private static UsbIdSettings usb(String text) {
    String[] parts = text.split(":", 3);
    if (parts.length < 2) {
      throw new BadInputException("--usb must be VID:PID[:SERIAL] in hex, was '" + text + "'");
    }
    try {
      return new UsbIdSettings(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--usb: " + e.getMessage());
    }
  }

  private static ObjectNode report(
      TicketPrinter printer, BufferedImage raster, PrintOutcome outcome, long millis) {
    ObjectNode root = JSON.createObjectNode();
    root.put("result", outcome.result().name());
    root.put("printed", outcome.printed());
    outcome
        .failure()
        .ifPresent(
            f -> {
              ObjectNode failure = root.putObject("failure");
              failure.put("reason", f.reason().name());
              failure.put("detail", f.detail());
            });
    status(root.putObject("before"), outcome.before());
    status(root.putObject("after"), outcome.after());
    DeviceHealth health = printer.health();
    ObjectNode node = root.putObject("health");
    node.put("state", health.state().name());
    node.put("reason", health.reason().name());
    node.put("detail", health.detail());
    root.put("widthDots", raster.getWidth());
    root.put("heightDots", raster.getHeight());
    root.put("ms", millis);
    if (printer instanceof SimulatedTicketPrinter simulated) {
      simulated.lastTicket().ifPresent(p -> root.put("png", p.toString()));
    }
    return root;
  }

  private static void status(ObjectNode node, PrinterStatus status) {
    node.put("paper", status.paper().name());
    node.put("coverOpen", status.coverOpen());
    node.put("online", status.online());
  }
}
