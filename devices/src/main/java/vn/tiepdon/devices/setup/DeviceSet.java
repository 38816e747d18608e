package vn.tiepdon.devices.setup;

import java.util.Optional;
import vn.tiepdon.devices.HealthRegistry;
import vn.tiepdon.devices.camera.Camera;
import vn.tiepdon.devices.card.CardReader;
import vn.tiepdon.devices.chipbox.serial.SerialChipBox;
import vn.tiepdon.devices.printer.TicketPrinter;
import vn.tiepdon.devices.scanner.LineScanner;
import vn.tiepdon.devices.sim.SimulatedCamera;
import vn.tiepdon.devices.sim.SimulatedCardReader;
import vn.tiepdon.devices.sim.SimulatedScanner;
import vn.tiepdon.devices.sim.SimulatedTicketPrinter;

/**
 * The kiosk's devices, built from settings and registered in one {@link HealthRegistry}. The {@code
 * simulated...} accessors give the demo control panel the simulators, when simulated.
 *
 * @param <C> the card payload type of the chip reader
 */
public record DeviceSet<C>(
    LineScanner scanner,
    TicketPrinter printer,
    Camera camera,
    CardReader<C> cardReader,
    HealthRegistry health)
    implements AutoCloseable {

  public Optional<SimulatedScanner> simulatedScanner() {
    return scanner instanceof SimulatedScanner s ? Optional.of(s) : Optional.empty();
  }

  public Optional<SimulatedTicketPrinter> simulatedPrinter() {
    return printer instanceof SimulatedTicketPrinter p ? Optional.of(p) : Optional.empty();
  }

  public Optional<SimulatedCamera> simulatedCamera() {
    return camera instanceof SimulatedCamera c ? Optional.of(c) : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  public Optional<SimulatedCardReader<C>> simulatedCardReader() {
    return cardReader instanceof SimulatedCardReader<?> r
        ? Optional.of((SimulatedCardReader<C>) r)
        : Optional.empty();
  }

  /**
   * The serial chip-reader box, when one is configured: the kiosk subscribes to {@code onRejected}
   * to tell a patient whose card the box read but the kiosk could not accept.
   */
  public Optional<SerialChipBox<?>> chipBox() {
    return cardReader instanceof SerialChipBox<?> box ? Optional.of(box) : Optional.empty();
  }

  /** Closes every device. */
  @Override
  public void close() {
    scanner.close();
    printer.close();
    camera.close();
    cardReader.close();
  }
}
