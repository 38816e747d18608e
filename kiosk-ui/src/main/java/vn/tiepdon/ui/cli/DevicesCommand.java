package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.camera.opencv.V4l2Cameras;
import vn.tiepdon.devices.config.CardReaderSettings;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.FramingSettings;
import vn.tiepdon.devices.config.ScannerSettings;
import vn.tiepdon.devices.config.SerialPortSettings;
import vn.tiepdon.devices.config.UsbIdSettings;
import vn.tiepdon.devices.pcsc.PcscReaders;
import vn.tiepdon.devices.scanner.Scan;
import vn.tiepdon.devices.scanner.ScanListener;
import vn.tiepdon.devices.scanner.ScanRejection;
import vn.tiepdon.devices.serial.SerialLineScanner;
import vn.tiepdon.devices.serial.SerialPortInfo;
import vn.tiepdon.devices.serial.SerialPorts;
import vn.tiepdon.devices.serial.SerialScannerConfig;
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.ConfigLoader;

@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = "Device tools.",
    subcommands = {DevicesCommand.List.class, DevicesCommand.Test.class, PrintTestCommand.class})
final class DevicesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static String json(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "List serial ports (with USB ids), PC/SC readers and V4L2 cameras as JSON.",
        "Pseudo-terminals are not listed; test them with devices test --port PATH."
      })
  static final class List implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ObjectNode root = JSON.createObjectNode();
      ArrayNode ports = root.putArray("serialPorts");
      for (SerialPortInfo port : SerialPorts.list()) {
        ObjectNode node = ports.addObject();
        node.put("path", port.path());
        node.put("name", port.name());
        node.put("description", port.description());
        if (port.isUsb()) {
          ObjectNode usb = node.putObject("usb");
          usb.put("vendorId", port.usbId().substring(0, 4));
          usb.put("productId", port.usbId().substring(5));
          usb.put("serialNumber", port.serialNumber());
        } else {
          node.putNull("usb");
        }
      }
      PcscReaders.Listing pcsc = PcscReaders.list();
      ArrayNode readers = root.putArray("pcscReaders");
      pcsc.readers().forEach(readers::add);
      if (!pcsc.problem().isEmpty()) {
        root.put("pcscProblem", pcsc.problem());
      }
      ArrayNode cameras = root.putArray("cameras");
      for (V4l2Cameras.Info camera : V4l2Cameras.list()) {
        ObjectNode node = cameras.addObject();
        node.put("path", camera.path());
        node.put("name", camera.name());
        node.put("index", camera.index());
        camera.byId().forEach(node.putArray("byId")::add);
      }
      spec.commandLine().getOut().println(json(root));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Wait for one scan (--scanner) or one card on a serial chip-reader box (--chip-box)",
        "and print it with its timing, as JSON.",
        "Citizen IDs are masked unless --unmasked is given."
      })
  static final class Test implements Callable<Integer> {
    private static final Set<HealthReason> WRONG_PORT =
        EnumSet.of(
            HealthReason.PORT_NOT_FOUND,
            HealthReason.PORT_AMBIGUOUS,
            HealthReason.PORT_OPEN_FAILED);

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scanner", description = "Test the serial QR scanner.")
    boolean scanner;

    @Option(
        names = "--chip-box",
        description =
            "Test a serial chip-reader box: it must answer PING; then one card"
                + " (APDU box: ATR and SELECT of the eMRTD application; parsed box: the document).")
    boolean chipBox;

    @Option(
        names = "--mode",
        paramLabel = "MODE",
        description = "Chip box protocol: serial-apdu (default) or serial-parsed.")
    String mode;

    @Option(
        names = "--config",
        paramLabel = "FILE",
        description = "Kiosk YAML: test the serial scanner (or chip box) of its devices: section.")
    Path configFile;

    @ArgGroup(exclusive = true)
    Where where;

    static final class Where {
      @Option(
          names = "--port",
          paramLabel = "PATH",
          description = "Serial device path, e.g. /dev/ttyACM0 or a pty made by socat.")
      String port;

      @Option(
          names = "--usb",
          paramLabel = "VID:PID[:SERIAL]",
          description = "USB ids in hex as lsusb shows them, e.g. 0c2e:0b61.")
      String usb;
    }

    @Option(names = "--baud", description = "Default: 115200.")
    Integer baud;

    @Option(names = "--data-bits", description = "5..8, default 8.")
    Integer dataBits;

    @Option(names = "--parity", description = "none, odd, even, mark, space; default none.")
    String parity;

    @Option(names = "--stop-bits", description = "1, 1.5 or 2; default 1.")
    String stopBits;

    @Option(names = "--flow-control", description = "none, rts-cts, xon-xoff; default none.")
    String flowControl;

    @Option(
        names = "--terminator",
        description = "CR, LF, CRLF, TAB, ETX or a hex byte such as 0x03; default CR.")
    String terminator;

    @Option(
        names = "--idle-gap-ms",
        paramLabel = "MS",
        description = "End a scan after this many quiet milliseconds instead of a terminator.")
    Integer idleGapMs;

    @Option(names = "--strip-prefix", description = "Text removed from the start of a scan.")
    String stripPrefix;

    @Option(names = "--strip-suffix", description = "Text removed from the end of a scan.")
    String stripSuffix;

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        defaultValue = "30",
        description = "How long to wait for a scan; default ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--unmasked", description = "Print citizen IDs in full.")
    boolean unmasked;

    @Override
    public Integer call() throws InterruptedException {
      if (scanner == chipBox) {
        throw new BadInputException("choose the device to test: --scanner or --chip-box");
      }
      if (timeoutSeconds < 1) {
        throw new BadInputException("--timeout must be >= 1 second, was " + timeoutSeconds);
      }
      if (chipBox) {
        ObjectNode result =
            new ChipBoxCheck(chipBoxSettings(), where(), timeoutSeconds, unmasked)
                .run(spec.commandLine().getErr());
        spec.commandLine().getOut().println(json(result));
        return ExitCodes.OK;
      }
      if (mode != null) {
        throw new BadInputException("--mode is for --chip-box");
      }
      SerialScannerConfig config = config();
      BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
      long started = System.nanoTime();
      try (SerialLineScanner device = new SerialLineScanner(config, Clock.systemUTC())) {
        device.start(new Listener(scans, spec.commandLine().getErr()));
        long openedNanos = awaitOpen(device, started);
        Scan scan = scans.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (scan == null) {
          throw new BadInputException(
              "no scan within " + timeoutSeconds + " s on " + config.port() + healthOf(device));
        }
        long waited = System.nanoTime() - openedNanos;
        spec.commandLine()
            .getOut()
            .println(json(report(device, scan, openedNanos - started, waited)));
      }
      return ExitCodes.OK;
    }

    private long awaitOpen(SerialLineScanner device, long started) throws InterruptedException {
      long deadline = started + TimeUnit.SECONDS.toNanos(5);
      while (System.nanoTime() < deadline) {
        DeviceHealth health = device.health();
        if (health.state() == HealthState.UP) {
          return System.nanoTime();
        }
        if (WRONG_PORT.contains(health.reason())) {
          throw new BadInputException(where() + ": " + health.detail());
        }
        Thread.sleep(10);
      }
      throw new BadInputException(where() + ": could not open the port" + healthOf(device));
    }

    private ObjectNode report(SerialLineScanner device, Scan scan, long openNanos, long waited) {
      ObjectNode root = JSON.createObjectNode();
      root.put("port", device.portInUse().orElse(where()));
      root.put("text", unmasked ? scan.text() : scan.maskedText());
      root.put("masked", !unmasked);
      root.put("chars", scan.text().length());
      root.put("bytes", scan.text().getBytes(StandardCharsets.UTF_8).length);
      root.put("receivedAt", scan.at().toString());
      root.put("openMs", TimeUnit.NANOSECONDS.toMillis(openNanos));
      root.put("waitedMs", TimeUnit.NANOSECONDS.toMillis(waited));
      return root;
    }

    private SerialScannerConfig config() {
      if (configFile != null) {
        return fromFile();
      }
      if (where == null) {
        throw new BadInputException(
            "give the scanner's --port PATH, --usb VID:PID[:SERIAL] or --config FILE");
      }
      SerialPortSettings port;
      FramingSettings framing;
      try {
        port =
            new SerialPortSettings(
                where.port,
                where.usb == null ? null : usb(where.usb),
                baud,
                dataBits,
                parity,
                stopBits,
                flowControl,
                Duration.ofMillis(200));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(optionNamed(e.getMessage()));
      }
      try {
        framing =
            new FramingSettings(
                terminator,
                idleGapMs == null ? null : Duration.ofMillis(idleGapMs),
                stripPrefix,
                stripSuffix,
                null);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(optionNamed(e.getMessage()));
      }
      return new SerialScannerConfig(
          DeviceId.of(DeviceKind.SCANNER, "test"),
          port.selector(),
          port.line(),
          framing.framing(),
          Duration.ZERO,
          port.reconnectInterval());
    }

    private CardReaderSettings chipBoxSettings() {
      if (terminator != null || idleGapMs != null || stripPrefix != null || stripSuffix != null) {
        throw new BadInputException(
            "--terminator, --idle-gap-ms, --strip-prefix and --strip-suffix are scanner options");
      }
      if (configFile != null) {
        if (where != null
            || mode != null
            || baud != null
            || dataBits != null
            || parity != null
            || stopBits != null
            || flowControl != null) {
          throw new BadInputException(
              "--config takes the box's port, line and mode from the file; leave out the other"
                  + " options");
        }
        CardReaderSettings box = readDevices().cardReader();
        if (box.type().equals("simulated")) {
          throw new BadInputException(
              "--config "
                  + configFile
                  + ": devices.cardReader.type is not a serial box; nothing to test");
        }
        return box;
      }
      if (where == null) {
        throw new BadInputException(
            "give the box's --port PATH, --usb VID:PID[:SERIAL] or --config FILE");
      }
      String type = mode == null ? "serial-apdu" : mode;
      if (!type.equals("serial-apdu") && !type.equals("serial-parsed")) {
        throw new BadInputException(
            "--mode must be serial-apdu or serial-parsed, was '" + mode + "'");
      }
      try {
        SerialPortSettings port =
            new SerialPortSettings(
                where.port,
                where.usb == null ? null : usb(where.usb),
                baud,
                dataBits,
                parity,
                stopBits,
                flowControl,
                Duration.ofMillis(200));
        return new CardReaderSettings(type, port, null, null, null, null);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(optionNamed(e.getMessage()));
      }
    }

    /** What this command reads from the kiosk configuration; other sections are skipped. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DevicesSection(DevicesSettings devices) {}

    private SerialScannerConfig fromFile() {
      if (where != null
          || baud != null
          || dataBits != null
          || parity != null
          || stopBits != null
          || flowControl != null
          || terminator != null
          || idleGapMs != null
          || stripPrefix != null
          || stripSuffix != null) {
        throw new BadInputException(
            "--config takes the port, line and framing from the file; leave out the other"
                + " scanner options");
      }
      DevicesSettings devices = readDevices();
      if (!devices.scanner().serialType()) {
        throw new BadInputException(
            "--config " + configFile + ": devices.scanner.type is not serial; nothing to test");
      }
      ScannerSettings scanner = devices.scanner();
      return new SerialScannerConfig(
          DeviceId.of(DeviceKind.SCANNER, "test"),
          scanner.serial().selector(),
          scanner.serial().line(),
          scanner.framing().framing(),
          Duration.ZERO,
          scanner.serial().reconnectInterval());
    }

    private DevicesSettings readDevices() {
      DevicesSection section;
      try (InputStream in = Files.newInputStream(configFile)) {
        section = new ConfigLoader().read(in, configFile.toString(), DevicesSection.class);
      } catch (NoSuchFileException e) {
        throw new BadInputException("--config " + configFile + ": no such file");
      } catch (IOException e) {
        throw new BadInputException("--config " + configFile + ": cannot read: " + e.getMessage());
      } catch (ConfigException e) {
        throw new BadInputException(e.getMessage());
      }
      return section.devices() == null ? DevicesSettings.simulated() : section.devices();
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

    /** Puts the option's spelling in front of a settings message ("baud must be ..."). */
    private static String optionNamed(String message) {
      String field = message.split(" ", 2)[0];
      String option =
          switch (field) {
            case "dataBits" -> "--data-bits";
            case "stopBits" -> "--stop-bits";
            case "flowControl" -> "--flow-control";
            case "idleGap" -> "--idle-gap-ms";
            case "baud", "parity", "terminator" -> "--" + field;
            default -> "";
          };
      return option.isEmpty() ? message : option + ": " + message;
    }

    private String where() {
      if (where == null) {
        return "--config " + configFile;
      }
      return where.port != null ? "--port " + where.port : "--usb " + where.usb;
    }

    private static String healthOf(SerialLineScanner device) {
      DeviceHealth health = device.health();
      return " (scanner " + health.state() + ", " + health.reason() + ")";
    }
  }

  /** Hands the first scan over and reports rejected frames on stderr as they come. */
  private static final class Listener implements ScanListener {
    private final BlockingQueue<Scan> scans;
    private final PrintWriter err;

    Listener(BlockingQueue<Scan> scans, PrintWriter err) {
      this.scans = scans;
      this.err = err;
    }

    @Override
    public void scanned(Scan scan) {
      scans.add(scan);
    }

    @Override
    public void rejected(ScanRejection rejection) {
      err.println("tiepdon: frame rejected: " + rejection.describe());
      err.flush();
    }
  }
}
