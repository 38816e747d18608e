package vn.tiepdon.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceHealthTest {
  private static final DeviceId PRINTER = DeviceId.of(DeviceKind.PRINTER, "main");
  private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

  @Test
  void upGoesOnlyWithReasonOk() {
    assertThat(DeviceHealth.up(PRINTER, T).reason()).isEqualTo(HealthReason.OK);
    assertThatThrownBy(
            () -> new DeviceHealth(PRINTER, HealthState.UP, HealthReason.PAPER_OUT, "", T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reason OK goes with state UP and only with it, was state UP with reason PAPER_OUT");
    assertThatThrownBy(() -> DeviceHealth.down(PRINTER, HealthReason.OK, "", T))
        .hasMessageContaining("was state DOWN with reason OK");
  }

  @Test
  void worstStateWins() {
    assertThat(HealthState.UP.worst(HealthState.DEGRADED)).isEqualTo(HealthState.DEGRADED);
    assertThat(HealthState.DOWN.worst(HealthState.DEGRADED)).isEqualTo(HealthState.DOWN);
    assertThat(HealthState.UP.worst(HealthState.UP)).isEqualTo(HealthState.UP);
  }

  @Test
  void deviceNamesAreShortTokens() {
    assertThat(DeviceId.of(DeviceKind.SCANNER, "front-1")).hasToString("scanner/front-1");
    assertThatThrownBy(() -> DeviceId.of(DeviceKind.SCANNER, "Front Desk"))
        .hasMessageContaining("was 'Front Desk'");
  }
}
