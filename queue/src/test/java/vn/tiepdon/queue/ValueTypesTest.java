package vn.tiepdon.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTypesTest {
  @Test
  void ticketNumbersRunFromOneToNineThousandNineHundredNinetyNine() {
    assertThat(TicketNumber.of(1).toString()).isEqualTo("1");
    assertThat(TicketNumber.of(9999).value()).isEqualTo(9999);
    assertThatThrownBy(() -> TicketNumber.of(0))
        .hasMessage("ticket number must be between 1 and 9999, was 0");
    assertThatThrownBy(() -> TicketNumber.of(10_000))
        .hasMessage("ticket number must be between 1 and 9999, was 10000");
  }

  @Test
  void codesAndKeysAreValidatedNamingTheValue() {
    assertThatThrownBy(() -> ServiceCode.of("KHÁM"))
        .hasMessageContaining("service code")
        .hasMessageContaining("'KHÁM'");
    assertThatThrownBy(() -> RequestKey.of("has space")).hasMessageContaining("'has space'");
    assertThatThrownBy(() -> RequestKey.of("")).hasMessageContaining("request key");
    assertThatThrownBy(() -> SiteId.of("BV Chợ Rẫy")).hasMessageContaining("'BV Chợ Rẫy'");
    assertThatThrownBy(() -> TicketId.parse("1023"))
        .hasMessage("ticket id must be a UUID, was '1023'");
    assertThatThrownBy(() -> Vnd.of(-1)).hasMessage("VND amount must be >= 0, was -1");
  }

  @Test
  void printStatusMovesForwardOnly() {
    assertThat(PrintStatus.PENDING.canBecome(PrintStatus.PRINTED)).isTrue();
    assertThat(PrintStatus.PENDING.canBecome(PrintStatus.FAILED)).isTrue();
    assertThat(PrintStatus.PENDING.canBecome(PrintStatus.REPRINTED)).isFalse();
    assertThat(PrintStatus.FAILED.canBecome(PrintStatus.REPRINTED)).isTrue();
    assertThat(PrintStatus.FAILED.canBecome(PrintStatus.FAILED)).isTrue();
    assertThat(PrintStatus.FAILED.canBecome(PrintStatus.PRINTED)).isFalse();
    assertThat(PrintStatus.PRINTED.canBecome(PrintStatus.REPRINTED)).isTrue();
    assertThat(PrintStatus.PRINTED.canBecome(PrintStatus.PENDING)).isFalse();
    assertThat(PrintStatus.REPRINTED.canBecome(PrintStatus.REPRINTED)).isTrue();
  }
}
