package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RemoteKioskControlTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC);

  private final List<Boolean> maintenance = new CopyOnWriteArrayList<>();
  private final List<RemoteNotice> notices = new CopyOnWriteArrayList<>();
  private final List<String> steps = new CopyOnWriteArrayList<>();
  private final AtomicBoolean patient = new AtomicBoolean();
  private final AtomicInteger patientChecks = new AtomicInteger();
  private final RemoteKioskControl control =
      new RemoteKioskControl(
          maintenance::add,
          notices::add,
          () -> {
            patientChecks.incrementAndGet();
            return patient.get();
          },
          () -> steps.add("shutdown"),
          code -> steps.add("exit " + code),
          Duration.ZERO,
          CLOCK);

  @AfterEach
  void close() {
    control.close();
  }

  @Test
  void maintenanceAndNoticesGoToTheUi() {
    control.maintenance(true);
    control.maintenance(false);
    control.showMessage("Máy tạm dừng để bảo trì", "Paused for maintenance", Duration.ofMinutes(5));

    assertThat(maintenance).containsExactly(true, false);
    assertThat(notices)
        .containsExactly(
            new RemoteNotice(
                "Máy tạm dừng để bảo trì",
                "Paused for maintenance",
                Instant.parse("2026-12-01T23:35:00Z")));
    assertThat(notices.get(0).shownAt(Instant.parse("2026-12-01T23:34:59Z"))).isTrue();
    assertThat(notices.get(0).shownAt(Instant.parse("2026-12-01T23:35:00Z"))).isFalse();
  }

  @Test
  void restartReturnsAtOnceThenClosesTheKioskAndExitsWithTheRestartCode() {
    control.restart();
    assertThat(control.restartPending()).isTrue();

    await().atMost(Duration.ofSeconds(10)).until(() -> steps.size() == 2);
    assertThat(steps).containsExactly("shutdown", "exit " + RemoteKioskControl.RESTART_EXIT_CODE);
  }

  @Test
  void restartWaitsForThePatientOnScreenToFinish() {
    patient.set(true);
    control.restart();
    control.restart(); // a second request is the same restart

    await().atMost(Duration.ofSeconds(10)).until(() -> patientChecks.get() >= 2);
    assertThat(steps).isEmpty();

    patient.set(false);
    await().atMost(Duration.ofSeconds(10)).until(() -> steps.size() == 2);
    assertThat(steps).containsExactly("shutdown", "exit 75");
  }

  @Test
  void badWiringIsNamed() {
    assertThatThrownBy(
            () ->
                new RemoteKioskControl(
                    on -> {}, n -> {}, () -> false, () -> {}, c -> {}, Duration.ofHours(1), CLOCK))
        .hasMessageContaining("grace must be between PT0S and PT1M, was PT1H");
    assertThatThrownBy(() -> new RemoteNotice(" ", "Paused", Instant.EPOCH))
        .hasMessageContaining("Vietnamese and an English text");
  }
}
