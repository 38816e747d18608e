package vn.tiepdon.provisioning.message;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.telemetry.RecentError;
import vn.tiepdon.provisioning.testing.Schemas;
import vn.tiepdon.provisioning.topic.KioskRef;

class MessageCodecTest {
  private static final KioskRef KIOSK = KioskRef.of("bv-choray", "k01");
  private static final Instant AT = Instant.parse("2026-11-22T08:15:30.250Z");
  private final MessageCodec codec = new MessageCodec();

  @Test
  void statusRoundTripsAndMatchesItsSchema() {
    KioskStatus birth = KioskStatus.birth(KIOSK, 7, AT, "0.1.0");
    KioskStatus will = KioskStatus.death(KIOSK, 7, AT, "0.1.0", OfflineReason.CONNECTION_LOST);
    assertThat(codec.decodeStatus(codec.encode(birth))).isEqualTo(birth);
    assertThat(codec.decodeStatus(codec.encode(will))).isEqualTo(will);
    assertThat(new String(codec.encode(will), UTF_8))
        .isEqualTo(
            "{\"site\":\"bv-choray\",\"kiosk\":\"k01\",\"state\":\"offline\","
                + "\"reason\":\"connection_lost\",\"bdSeq\":7,"
                + "\"at\":\"2026-11-22T08:15:30.250Z\",\"appVersion\":\"0.1.0\"}");
    assertThat(Schemas.problems("status", codec.encode(birth))).isEmpty();
    assertThat(Schemas.problems("status", codec.encode(will))).isEmpty();
  }

  @Test
  void everyEventTypeRoundTripsAndMatchesTheSchema() {
    List<KioskEvent> events =
        List.of(
            KioskEvent.ticketIssued("NOI", "A-012", "elderly", false),
            KioskEvent.paymentIntentCreated("PI-20261122-0001", 150_000),
            KioskEvent.paymentIntentPaid("PI-20261122-0001", 150_000),
            KioskEvent.deviceFault("printer", DeviceState.FAULT, "paper_out"),
            KioskEvent.deviceFault("camera", DeviceState.OFFLINE, null),
            KioskEvent.staffCalled("chip_read"));
    for (KioskEvent event : events) {
      EventMessage message = EventMessage.of(UUID.randomUUID(), KIOSK, AT, event);
      byte[] json = codec.encode(message);
      assertThat(codec.decodeEvent(json)).isEqualTo(message);
      assertThat(Schemas.problems("event", json)).as(new String(json, UTF_8)).isEmpty();
    }
  }

  @Test
  void anIntentEventCarriesWhatTheDeskNeedsAndOldKiosksEventsStillRead() {
    KioskEvent full =
        KioskEvent.paymentIntentCreated(
            "TD7K3M9QX", 150_000, AT, AT.plusSeconds(900), "3f1c2a7e-0b1d-4c55-9a8e-2d4f6b8c0a11");
    EventMessage message = EventMessage.of(UUID.randomUUID(), KIOSK, AT, full);
    byte[] json = codec.encode(message);
    assertThat(codec.decodeEvent(json)).isEqualTo(message);
    assertThat(Schemas.problems("event", json)).isEmpty();
    assertThat(new String(json, UTF_8))
        .contains("\"createdAt\":\"2026-11-22T08:15:30.250Z\"")
        .contains("\"expiresAt\":\"2026-11-22T08:30:30.250Z\"");

    // An older kiosk's event: no times, no ticket; the fields are left out, not null.
    byte[] old =
        codec.encode(
            EventMessage.of(
                UUID.randomUUID(), KIOSK, AT, KioskEvent.paymentIntentCreated("TD7K3M9QX", 1)));
    assertThat(new String(old, UTF_8)).doesNotContain("createdAt").doesNotContain("ticketRef");
    assertThat(Schemas.problems("event", old)).isEmpty();

    assertThatThrownBy(() -> KioskEvent.paymentIntentCreated("TD7K3M9QX", 1, AT, AT, "NOI-A-012"))
        .hasMessageContaining("expiresAt must be after createdAt");
    assertThatThrownBy(
            () ->
                KioskEvent.paymentIntentCreated(
                    "TD7K3M9QX", 1, AT, AT.plusSeconds(1), "079203001234"))
        .hasMessageContaining("ticketRef must not contain a run of 9 or more digits");
    assertThat(
            Schemas.problems(
                "event",
                new String(json, UTF_8)
                    .replace("2026-11-22T08:30:30.250Z", "soon")
                    .getBytes(UTF_8)))
        .isNotEmpty();
  }

  @Test
  void aPaymentStatusRoundTripsMatchesItsSchemaAndMustAddUp() {
    PaymentNotice partial = PaymentNotice.of(KIOSK, "TD7K3M9QX", 150_000, 100_000, AT);
    byte[] json = codec.encode(partial);
    assertThat(codec.decodePaymentNotice(json)).isEqualTo(partial);
    assertThat(partial.status()).isEqualTo(PaymentNotice.Settlement.PARTIAL);
    assertThat(partial.settled()).isFalse();
    assertThat(partial.topic().value()).isEqualTo("tiepdon/v1/bv-choray/k01/payment/TD7K3M9QX");
    assertThat(Schemas.problems("payment-status", json)).isEmpty();

    String lying = new String(json, UTF_8).replace("\"status\":\"PARTIAL\"", "\"status\":\"PAID\"");
    assertThatThrownBy(() -> codec.decodePaymentNotice(lying.getBytes(UTF_8)))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("status PAID does not fit receivedVnd 100000 of amountVnd 150000");
    assertThatThrownBy(
            () ->
                codec.decodePaymentNotice(
                    new String(json, UTF_8).replace("\"receivedVnd\":100000,", "").getBytes(UTF_8)))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("receivedVnd");
    assertThat(
            Schemas.problems(
                "payment-status",
                new String(json, UTF_8).replace("PARTIAL", "REFUNDED").getBytes(UTF_8)))
        .isNotEmpty();
  }

  @Test
  void healthRoundTripsAndMatchesItsSchema() {
    Health health =
        new Health(
            KIOSK.site(),
            KIOSK.kiosk(),
            3,
            12,
            AT,
            "0.1.0",
            3600,
            new HostFigures(
                0.25,
                0.8,
                4,
                50_000_000,
                256_000_000,
                1_000_000L,
                4_000_000L,
                9_000_000_000L,
                48.5),
            List.of(
                new DeviceStatus("printer", DeviceState.DEGRADED, "paper_near_end", AT),
                new DeviceStatus("scanner", DeviceState.OK, null, AT)),
            new QueueFigures(120, 14, 98),
            List.of(new RecentError(AT, "his", "timeout")),
            new OutboxFigures(2, 0));
    byte[] json = codec.encode(health);
    assertThat(codec.decodeHealth(json)).isEqualTo(health);
    assertThat(Schemas.problems("health", json)).isEmpty();
  }

  @Test
  void schemasRejectWhatTheyShould() {
    assertThat(
            Schemas.problems(
                "status",
                "{\"site\":\"s\",\"kiosk\":\"k\",\"state\":\"offline\",\"bdSeq\":1,\"at\":\"2026-11-22T08:00:00Z\"}"
                    .getBytes(UTF_8)))
        .anySatisfy(p -> assertThat(p).contains("reason"));
    assertThat(
            Schemas.problems(
                "event",
                ("{\"id\":\"x\",\"site\":\"s\",\"kiosk\":\"k\",\"at\":\"2026-11-22T08:00:00+07:00\","
                        + "\"type\":\"staff_called\",\"data\":{\"step\":\"079203001234\"}}")
                    .getBytes(UTF_8)))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void malformedMessagesNameTheField() {
    assertThatThrownBy(() -> codec.decodeStatus("{\"site\":\"bv\"".getBytes(UTF_8)))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("status message is not JSON")
        .hasMessageContaining("line 1");
    assertThatThrownBy(
            () ->
                codec.decodeStatus(
                    ("{\"site\":\"BV\",\"kiosk\":\"k\",\"state\":\"online\",\"bdSeq\":1,"
                            + "\"at\":\"2026-11-22T08:00:00Z\"}")
                        .getBytes(UTF_8)))
        .hasMessageContaining("site id must be")
        .hasMessageContaining("'BV'");
    assertThatThrownBy(
            () ->
                codec.decodeStatus(
                    ("{\"site\":\"bv\",\"kiosk\":\"k\",\"state\":\"asleep\",\"bdSeq\":1,"
                            + "\"at\":\"2026-11-22T08:00:00Z\"}")
                        .getBytes(UTF_8)))
        .hasMessageContaining("asleep")
        .hasMessageContaining("(at state)");
    assertThatThrownBy(
            () ->
                codec.decodeEvent(
                    ("{\"id\":\""
                            + UUID.randomUUID()
                            + "\",\"site\":\"bv\",\"kiosk\":\"k\","
                            + "\"at\":\"2026-11-22T08:00:00Z\",\"type\":\"ticket_issued\","
                            + "\"data\":{\"serviceCode\":\"NOI\"}}")
                        .getBytes(UTF_8)))
        .hasMessageContaining("event message")
        .hasMessageContaining("provisional")
        .hasMessageContaining("(at data.provisional)");
    assertThatThrownBy(() -> codec.decodeEvent("[1,2]".getBytes(UTF_8)))
        .hasMessage("event message must be a JSON object");
  }
}
