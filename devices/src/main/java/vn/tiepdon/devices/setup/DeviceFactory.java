package vn.tiepdon.devices.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthRegistry;
import vn.tiepdon.devices.camera.Camera;
import vn.tiepdon.devices.camera.opencv.CameraSource;
import vn.tiepdon.devices.camera.opencv.OpenCvCamera;
import vn.tiepdon.devices.camera.opencv.OpenCvCameraConfig;
import vn.tiepdon.devices.card.CardReader;
import vn.tiepdon.devices.chipbox.serial.ChipBoxConfig;
import vn.tiepdon.devices.chipbox.serial.SerialChipBox;
import vn.tiepdon.devices.config.CameraSettings;
import vn.tiepdon.devices.config.CardReaderSettings;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.GpioSettings;
import vn.tiepdon.devices.config.PrinterSettings;
import vn.tiepdon.devices.config.ScannerSettings;
import vn.tiepdon.devices.gpio.NoGpioBoardException;
import vn.tiepdon.devices.gpio.pi4j.GpioBoard;
import vn.tiepdon.devices.gpio.pi4j.Pi4jKioskGpio;
import vn.tiepdon.devices.printer.TicketPrinter;
import vn.tiepdon.devices.printer.escpos.EscPosTicketPrinter;
import vn.tiepdon.devices.scanner.LineScanner;
import vn.tiepdon.devices.serial.SerialLineScanner;
import vn.tiepdon.devices.serial.SerialScannerConfig;
import vn.tiepdon.devices.sim.ImageSet;
import vn.tiepdon.devices.sim.SimulatedCamera;
import vn.tiepdon.devices.sim.SimulatedCardReader;
import vn.tiepdon.devices.sim.SimulatedScanner;
import vn.tiepdon.devices.sim.SimulatedTicketPrinter;

/**
 * Builds the adapter or simulator each setting asks for. Relative folders in settings resolve
 * against {@code baseDir} (the folder of the kiosk YAML, or the working directory).
 */
public final class DeviceFactory {
  public static final DeviceId SCANNER = DeviceId.of(DeviceKind.SCANNER, "main");
  public static final DeviceId PRINTER = DeviceId.of(DeviceKind.PRINTER, "main");
  public static final DeviceId CAMERA = DeviceId.of(DeviceKind.CAMERA, "main");
  public static final DeviceId CHIP_READER = DeviceId.of(DeviceKind.CHIP_READER, "main");
  public static final DeviceId GPIO = DeviceId.of(DeviceKind.GPIO, "main");

  private final Clock clock;
  private final Path baseDir;
  private final Random random;

  /**
   * @param random drives the simulators' injected faults; seed it for repeatable demos
   */
  public DeviceFactory(Clock clock, Path baseDir, Random random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
    this.random = Objects.requireNonNull(random, "random");
  }

  public DeviceFactory(Clock clock, Path baseDir) {
    this(clock, baseDir, new SecureRandom());
  }

  /** Builds every device and registers it in a new {@link HealthRegistry}; nothing is started. */
  public <C> DeviceSet<C> create(DevicesSettings settings) {
    LineScanner scanner = scanner(settings.scanner());
    TicketPrinter printer = printer(settings.printer());
    Camera camera = camera(settings.camera());
    CardReader<C> cardReader = cardReader(settings.cardReader());
    HealthRegistry registry = new HealthRegistry();
    registry.register(scanner);
    registry.register(printer);
    registry.register(camera);
    registry.register(cardReader);
    return new DeviceSet<>(scanner, printer, camera, cardReader, registry);
  }

  public LineScanner scanner(ScannerSettings s) {
    if (s.serialType()) {
      return new SerialLineScanner(
          new SerialScannerConfig(
              SCANNER,
              s.serial().selector(),
              s.serial().line(),
              s.framing().framing(),
              s.debounce(),
              s.serial().reconnectInterval()),
          clock);
    }
    return new SimulatedScanner(SCANNER, s.framing().framing(), s.debounce(), clock, random);
  }

  public TicketPrinter printer(PrinterSettings s) {
    if (s.escposType()) {
      return new EscPosTicketPrinter(s.escpos(PRINTER), clock);
    }
    return new SimulatedTicketPrinter(
        PRINTER, baseDir.resolve(s.outputFolder()), s.rollLengthMm(), s.nearEndMm(), clock, random);
  }

  /**
   * @throws IllegalArgumentException when the image folder does not exist
   */
  public Camera camera(CameraSettings s) {
    if (s.v4l2() || (s.auto() && new CameraSource(s.device()).missing().isEmpty())) {
      // A camera that is missing is DOWN (PORT_NOT_FOUND) at start, not a kiosk that cannot start.
      return new OpenCvCamera(
          new OpenCvCameraConfig(
              CAMERA,
              new CameraSource(s.device()),
              s.width(),
              s.height(),
              s.fps(),
              s.minFps(),
              s.staleAfter(),
              Duration.ofSeconds(2)),
          clock);
    }
    Path folder = baseDir.resolve(s.folder());
    // A missing image folder is a camera that is DOWN (NO_IMAGES), not a kiosk that cannot start.
    ImageSet images =
        Files.isDirectory(folder)
            ? ImageSet.load(folder, s.imageGlob())
            : new ImageSet(folder, s.imageGlob(), List.of());
    return new SimulatedCamera(CAMERA, images, s.fps(), s.minFps(), s.staleAfter(), clock);
  }

  /**
   * The presence sensor, staff-call button, status light and buzzer: on the Raspberry Pi's GPIO for
   * type {@code pi4j}, else on Pi4J's mock platform (the simulator, driven by {@code
   * MockGpioControls}). Its pins are claimed at once.
   *
   * @throws NoGpioBoardException for type {@code pi4j} on a machine without usable GPIO, saying why
   */
  public Pi4jKioskGpio gpio(GpioSettings s) {
    if (!s.pi4jType()) {
      return Pi4jKioskGpio.onMock(GPIO, s.layout(), clock);
    }
    Optional<String> missing = GpioBoard.missing();
    if (missing.isPresent()) {
      throw new NoGpioBoardException(
          "type pi4j needs a Raspberry Pi's GPIO, but "
              + missing.get()
              + "; use type simulated on any other machine");
    }
    return Pi4jKioskGpio.onHardware(GPIO, s.layout(), clock);
  }

  /**
   * The chip reader. A serial box hands over {@code ApduChannel}s (serial-apdu) or {@code
   * UntrustedCardData} (serial-parsed) as its cards, so {@code C} must then be a supertype of those
   * ({@code Object} in the kiosk); the simulator hands over whatever the control panel places.
   */
  @SuppressWarnings("unchecked")
  public <C> CardReader<C> cardReader(CardReaderSettings s) {
    if (s.serialApdu()) {
      return (CardReader<C>) SerialChipBox.apduTunnel(chipBoxConfig(s), clock);
    }
    if (s.serialParsed()) {
      return (CardReader<C>) SerialChipBox.parsedData(chipBoxConfig(s), clock);
    }
    return new SimulatedCardReader<>(CHIP_READER, clock);
  }

  private static ChipBoxConfig chipBoxConfig(CardReaderSettings s) {
    return new ChipBoxConfig(
        CHIP_READER,
        s.serial().selector(),
        s.serial().line(),
        s.serial().reconnectInterval(),
        s.responseTimeout(),
        s.interByteTimeout(),
        s.extendedLength(),
        s.maxFaceBytes());
  }
}
