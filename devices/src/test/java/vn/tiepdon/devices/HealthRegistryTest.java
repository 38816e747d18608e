package vn.tiepdon.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.scanner.Framing;
import vn.tiepdon.devices.sim.SimulatedCardReader;
import vn.tiepdon.devices.sim.SimulatedScanner;
import vn.tiepdon.devices.sim.SimulatedTicketPrinter;

class HealthRegistryTest {
  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  private final HealthRegistry registry = new HealthRegistry();
  private final List<DeviceHealth> changes = new ArrayList<>();
  private SimulatedScanner scanner;
  private SimulatedTicketPrinter printer;
  private SimulatedCardReader<String> reader;

  @BeforeEach
  void setUp(@TempDir Path tickets) {
    scanner =
        new SimulatedScanner(
            DeviceId.of(DeviceKind.SCANNER, "main"),
            Framing.terminatedBy(Framing.CR),
            Duration.ZERO,
            clock,
            new Random(1));
    printer =
        new SimulatedTicketPrinter(
            DeviceId.of(DeviceKind.PRINTER, "main"), tickets, 1000, 100, clock, new Random(1));
    reader = new SimulatedCardReader<>(DeviceId.of(DeviceKind.CHIP_READER, "main"), clock);
    registry.register(scanner);
    registry.register(printer);
    registry.register(reader);
    registry.addListener((before, after) -> changes.add(after));
  }

  @Test
  void aggregatesEveryDeviceInRegistrationOrder() {
    scanner.start(scan -> {});
    reader.start(new NoCards());

    assertThat(registry.snapshot())
        .extracting(h -> h.device().kind())
        .containsExactly(DeviceKind.SCANNER, DeviceKind.PRINTER, DeviceKind.CHIP_READER);
    assertThat(registry.overall()).isEqualTo(HealthState.UP);
  }

  @Test
  void overallIsTheWorstStateAndChangesAreForwarded() {
    scanner.start(scan -> {});
    reader.start(new NoCards());
    changes.clear();

    printer.nearEnd(true);
    assertThat(registry.overall()).isEqualTo(HealthState.DEGRADED);
    scanner.unplug();
    assertThat(registry.overall()).isEqualTo(HealthState.DOWN);

    assertThat(changes)
        .extracting(DeviceHealth::reason)
        .containsExactly(HealthReason.PAPER_NEAR_END, HealthReason.UNPLUGGED);
    assertThat(registry.healthOf(scanner.id()).orElseThrow().since()).isEqualTo(clock.instant());
  }

  @Test
  void selfTestsReportEachDevice() {
    scanner.start(scan -> {});
    printer.coverOpen(true);

    var results = registry.selfTestAll();

    assertThat(results.get(scanner.id()).passed()).isTrue();
    assertThat(results.get(printer.id()).passed()).isFalse();
    assertThat(results.get(printer.id()).health().reason()).isEqualTo(HealthReason.COVER_OPEN);
    assertThat(results.get(reader.id()).health().reason()).isEqualTo(HealthReason.NOT_STARTED);
    assertThat(registry.selfTest(printer.id()).passed()).isFalse();
  }

  @Test
  void unregisteredDevicesAreForgottenAndNoLongerForwarded() {
    registry.unregister(printer.id());
    printer.paperOut(true);

    assertThat(registry.healthOf(printer.id())).isEmpty();
    assertThat(changes).isEmpty();
    assertThatThrownBy(() -> registry.selfTest(printer.id()))
        .hasMessage("no device printer/main is registered");
  }

  @Test
  void aDeviceIdIsRegisteredOnce() {
    assertThatThrownBy(() -> registry.register(scanner))
        .hasMessage("device scanner/main is already registered");
  }

  private static final class NoCards implements vn.tiepdon.devices.card.CardListener<String> {
    @Override
    public void placed(vn.tiepdon.devices.card.CardHandle<String> card) {}

    @Override
    public void removed(vn.tiepdon.devices.card.CardHandle<String> card) {}
  }
}
