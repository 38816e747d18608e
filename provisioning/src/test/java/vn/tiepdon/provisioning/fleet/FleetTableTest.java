package vn.tiepdon.provisioning.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.HostFigures;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.message.OutboxFigures;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.testing.MutableClock;
import vn.tiepdon.provisioning.topic.KioskRef;

/** The table's rules on hand-made messages; {@code FleetTableIT} feeds it from a real broker. */
class FleetTableTest {
  private static final KioskRef A = KioskRef.of("bv-a", "k01");
  private static final KioskRef B = KioskRef.of("bv-a", "k02");
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final AlertRules RULES =
      new AlertRules(Duration.ofMinutes(5), Duration.ofMinutes(3), 50);

  private final MutableClock clock = new MutableClock(T0);
  private final FleetTable table = new FleetTable(clock, RULES);

  @Test
  void aBirthMakesAnOnlineRowWithoutAlerts() {
    table.onStatus(KioskStatus.birth(A, 3, T0, "1.2.0"), Liveness.ONLINE);

    KioskRow row = table.row(A).orElseThrow();
    assertThat(row.online()).isTrue();
    assertThat(row.bdSeq()).isEqualTo(3);
    assertThat(row.appVersion()).isEqualTo("1.2.0");
    assertThat(row.since()).isEqualTo(T0);
    assertThat(row.lastSeen()).isEqualTo(T0);
    assertThat(row.alerts()).isEmpty();
  }

  @Test
  void rowsAreSortedBySiteThenKiosk() {
    table.onStatus(KioskStatus.birth(B, 0, T0, "1"), Liveness.ONLINE);
    table.onStatus(KioskStatus.birth(KioskRef.of("bv-0", "k99"), 0, T0, "1"), Liveness.ONLINE);
    table.onStatus(KioskStatus.birth(A, 0, T0, "1"), Liveness.ONLINE);

    assertThat(table.rows())
        .extracting(r -> r.kiosk().toString())
        .containsExactly("bv-0/k99", "bv-a/k01", "bv-a/k02");
  }

  @Test
  void aStaleDeathLeavesTheKioskOnline() {
    table.onStatus(KioskStatus.birth(A, 5, T0, "1"), Liveness.ONLINE);
    table.onStatus(
        KioskStatus.death(A, 4, T0, "1", OfflineReason.CONNECTION_LOST), Liveness.STALE_DEATH);

    assertThat(table.row(A).orElseThrow().online()).isTrue();
    assertThat(table.row(A).orElseThrow().bdSeq()).isEqualTo(5);
  }

  @Test
  void anOfflineKioskBecomesAnAlertOnlyAfterTheLimit() {
    table.onStatus(KioskStatus.birth(A, 1, T0, "1"), Liveness.ONLINE);
    clock.advance(Duration.ofMinutes(1));
    table.onHealth(health(A, 1, List.of(), 0, 0));
    clock.advance(Duration.ofMinutes(1));
    table.onStatus(
        KioskStatus.death(A, 1, T0, "1", OfflineReason.CONNECTION_LOST), Liveness.OFFLINE);

    KioskRow justDied = table.row(A).orElseThrow();
    assertThat(justDied.online()).isFalse();
    assertThat(justDied.offlineReason()).isEqualTo(OfflineReason.CONNECTION_LOST);
    // The Will carries its connection's connect time; the last health report is a later bound.
    assertThat(justDied.since()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    assertThat(justDied.alerts()).isEmpty();

    clock.advance(Duration.ofMinutes(4).plusSeconds(1));
    assertThat(table.row(A).orElseThrow().alerts()).containsExactly(Alert.of(AlertKind.OFFLINE));
  }

  @Test
  void anOnlineKioskThatGoesQuietIsSilent() {
    table.onStatus(KioskStatus.birth(A, 1, T0, "1"), Liveness.ONLINE);
    clock.advance(Duration.ofMinutes(3));
    assertThat(table.row(A).orElseThrow().alerts()).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    assertThat(table.row(A).orElseThrow().alerts()).containsExactly(Alert.of(AlertKind.SILENT));

    table.onEvent(EventMessage.of(UUID.randomUUID(), A, clock.instant(), staffCalled()));
    KioskRow heardAgain = table.row(A).orElseThrow();
    assertThat(heardAgain.alerts()).isEmpty();
    assertThat(heardAgain.events()).isEqualTo(1);
  }

  @Test
  void devicesDownPaperLowAndOutboxTroubleAreAlerts() {
    List<DeviceStatus> devices =
        List.of(
            new DeviceStatus("scanner:main", DeviceState.OK, "OK", T0),
            new DeviceStatus("printer:main", DeviceState.DEGRADED, "PAPER_NEAR_END", T0),
            new DeviceStatus("camera:front", DeviceState.FAULT, "NO_FRAMES", T0));
    table.onHealth(health(A, 2, devices, 50, 3));

    KioskRow row = table.row(A).orElseThrow();
    assertThat(row.online()).as("heard through health only").isTrue();
    assertThat(row.bdSeq()).isEqualTo(-1);
    assertThat(row.paperLow()).isTrue();
    assertThat(row.faults())
        .extracting(DeviceStatus::name)
        .containsExactly("printer:main", "camera:front");
    assertThat(row.outboxPending()).isEqualTo(50);
    assertThat(row.queue()).isEqualTo(new QueueFigures(12, 3, 9));
    assertThat(row.alerts())
        .containsExactly(
            new Alert(AlertKind.DEVICE_DOWN, "camera:front"),
            new Alert(AlertKind.PAPER_LOW, "printer:main"),
            Alert.of(AlertKind.OUTBOX_BACKLOG),
            Alert.of(AlertKind.OUTBOX_DROPPED));
  }

  @Test
  void paperOutIsBothDownAndLow() {
    table.onHealth(
        health(
            A,
            0,
            List.of(new DeviceStatus("printer:main", DeviceState.FAULT, "PAPER_OUT", T0)),
            0,
            0));

    assertThat(table.row(A).orElseThrow().alerts())
        .containsExactly(
            new Alert(AlertKind.DEVICE_DOWN, "printer:main"),
            new Alert(AlertKind.PAPER_LOW, "printer:main"));
  }

  @Test
  void aCleanShutdownCountsFromItsCloseTime() {
    table.onStatus(KioskStatus.birth(A, 1, T0, "1"), Liveness.ONLINE);
    Instant closedAt = T0.plus(Duration.ofHours(2));
    table.onStatus(
        KioskStatus.death(A, 1, closedAt, "1", OfflineReason.SHUTDOWN), Liveness.OFFLINE);

    assertThat(table.row(A).orElseThrow().since()).isEqualTo(closedAt);
    assertThat(table.row(A).orElseThrow().offlineReason()).isEqualTo(OfflineReason.SHUTDOWN);
  }

  @Test
  void listenersHearWhichKioskChanged() {
    List<KioskRef> changed = new ArrayList<>();
    table.onChange(changed::add);

    table.onStatus(KioskStatus.birth(A, 1, T0, "1"), Liveness.ONLINE);
    table.onHealth(health(B, 0, List.of(), 0, 0));

    assertThat(changed).containsExactly(A, B);
  }

  @Test
  void rulesNameTheBadValue() {
    assertThatThrownBy(() -> new AlertRules(Duration.ZERO, Duration.ofMinutes(1), 1))
        .hasMessage("offlineAfter must be a positive duration, was PT0S");
    assertThatThrownBy(() -> new AlertRules(Duration.ofMinutes(1), null, 1))
        .hasMessage("silentAfter must be a positive duration, was null");
    assertThatThrownBy(() -> new AlertRules(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
        .hasMessage("outboxBacklog must be at least 1, was 0");
  }

  private static KioskEvent staffCalled() {
    return KioskEvent.staffCalled("consent");
  }

  private Health health(
      KioskRef kiosk, long bdSeq, List<DeviceStatus> devices, long pending, long dropped) {
    return new Health(
        kiosk.site(),
        kiosk.kiosk(),
        bdSeq,
        1,
        clock.instant(),
        "1.2.0",
        60,
        new HostFigures(null, null, 2, 1, 2, null, null, null, null),
        devices,
        new QueueFigures(12, 3, 9),
        List.of(),
        new OutboxFigures(pending, dropped));
  }
}
