package vn.tiepdon.queue.his;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.queue.KioskId;
import vn.tiepdon.queue.NumberBlock;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.TicketId;

class HisValueTypesTest {
  @Test
  void encounterRefsAndHisNumbersAreChecked() {
    assertThat(EncounterRef.of("Encounter/e-12").value()).isEqualTo("Encounter/e-12");
    assertThatThrownBy(() -> EncounterRef.of("Encounter/12 ; drop"))
        .hasMessageStartingWith("encounter ref must be 1-200 characters");
    assertThatThrownBy(
            () -> new Registration.Registered(EncounterRef.of("Encounter/1"), Optional.of(" ")))
        .hasMessage("HIS queue number must be 1-20 characters, was ' '");
  }

  @Test
  void aRegisteredVisitNeedsItsEncounterAndOnlyHisAnsweredVisitsAreFinal() {
    TicketId ticket = TicketId.random();
    assertThatThrownBy(
            () -> new Visit(ticket, VisitState.REGISTERED, Optional.empty(), Optional.empty()))
        .hasMessage("a registered visit needs its encounter");
    assertThat(Visit.of(ticket, VisitState.PROVISIONAL).provisional()).isTrue();
    assertThat(Visit.of(ticket, VisitState.REFUSED).provisional()).isTrue();
    assertThat(Visit.of(ticket, VisitState.EXPIRED).provisional()).isTrue();
    assertThat(Visit.of(ticket, VisitState.LOCAL_ONLY).provisional()).isFalse();
    assertThat(InsuranceStatus.WRONG_ROUTE.insured()).isTrue();
    assertThat(InsuranceStatus.EXPIRED.insured()).isFalse();
  }

  @Test
  void numberBlocksAndKioskIdsAreChecked() {
    KioskId kiosk = KioskId.of("k1");
    NumberBlock block =
        new NumberBlock(
            "lease-1",
            kiosk,
            SiteId.of("bv"),
            ServiceCode.of("NOI"),
            LocalDate.of(2026, 11, 23),
            11,
            20,
            13);
    assertThat(block.remaining()).isEqualTo(8);
    assertThat(block.size()).isEqualTo(10);
    assertThatThrownBy(() -> KioskId.of("Kiosk 1"))
        .hasMessage("kiosk id must be 1-40 characters a-z, 0-9 or '-', was 'Kiosk 1'");
    assertThatThrownBy(
            () ->
                new NumberBlock(
                    "l",
                    kiosk,
                    SiteId.of("bv"),
                    ServiceCode.of("NOI"),
                    LocalDate.of(2026, 11, 23),
                    20,
                    11,
                    20))
        .hasMessage("block must satisfy 1 <= first <= last <= 9999, was 20-11");
    assertThatThrownBy(
            () ->
                new NumberBlock(
                    "l",
                    kiosk,
                    SiteId.of("bv"),
                    ServiceCode.of("NOI"),
                    LocalDate.of(2026, 11, 23),
                    1,
                    10,
                    12))
        .hasMessage("next must be within 1-11, was 12");
  }
}
