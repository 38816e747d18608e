package vn.tiepdon.provisioning.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KioskEventTest {

  @Test
  void factoriesBuildTypedEvents() {
    KioskEvent ticket = KioskEvent.ticketIssued("NOI", "A-012", "elderly", true);
    assertThat(ticket.type()).isEqualTo(EventType.TICKET_ISSUED);
    assertThat(ticket).isEqualTo(new KioskEvent.TicketIssued("NOI", "A-012", "elderly", true));
    assertThat(KioskEvent.deviceFault("printer", DeviceState.FAULT, "paper_out").type())
        .isEqualTo(EventType.DEVICE_FAULT);
  }

  @Test
  void refusesACitizenIdAndDoesNotRepeatIt() {
    assertThatThrownBy(() -> KioskEvent.staffCalled("079203001234"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step must not contain a run of 9 or more digits")
        .hasMessageNotContaining("079203001234");
    assertThatThrownBy(() -> KioskEvent.paymentIntentCreated("PI-079203001234", 50_000))
        .hasMessageNotContaining("079203001234");
  }

  @Test
  void refusesFreeTextAndNegativeAmounts() {
    assertThatThrownBy(() -> KioskEvent.deviceFault("printer", DeviceState.FAULT, "Nguyen Van A"))
        .hasMessageContaining("reason must be a code")
        .hasMessageContaining("'Nguyen Van A'");
    assertThatThrownBy(() -> KioskEvent.paymentIntentPaid("PI-1", -5))
        .hasMessage("amountVnd must be >= 0, was -5");
    assertThatThrownBy(() -> KioskEvent.ticketIssued("", "A-1", "normal", false))
        .hasMessage("serviceCode is required");
  }

  @Test
  void recentErrorsKeepTheNewest() {
    RecentErrors errors =
        new RecentErrors(Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC), 2);
    errors.record("his", "timeout");
    errors.record("printer", "paper_out");
    errors.record("camera", "no_frames");
    assertThat(errors.recentErrors())
        .extracting(RecentError::code)
        .containsExactly("paper_out", "no_frames");
  }
}
