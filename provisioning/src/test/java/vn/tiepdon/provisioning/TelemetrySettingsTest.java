package vn.tiepdon.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;

class TelemetrySettingsTest {

  private static TelemetrySettings settings(String url, String user, String password, String ca) {
    return new TelemetrySettings(
        url, "bv-a", "k01", user, password, ca, null, null, null, null, null);
  }

  @Test
  void fillsDefaults() {
    TelemetrySettings s = settings("tcp://broker:1883", "k01", "secret", null);
    assertThat(s.healthInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(s.keepAlive()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.outbox()).isEqualTo(OutboxLimits.DEFAULT);
    assertThat(s.caCertPath()).isEmpty();
    assertThat(s.kiosk().clientId()).isEqualTo("kiosk-bv-a-k01");
  }

  @Test
  void bindsLikeTheKioskConfigLoaderDoes() throws Exception {
    var mapper =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    TelemetrySettings s =
        mapper.readValue(
            """
            {"brokerUrl": "ssl://mqtt.bv-choray.local:8883", "siteId": "bv-choray",
             "kioskId": "k01", "username": "kiosk-k01", "password": "pw",
             "caCertPath": "/etc/tiepdon/ca.pem", "healthInterval": "PT15S",
             "outbox": {"maxMessages": 500, "maxAge": "P2D"}}
            """,
            TelemetrySettings.class);
    assertThat(s.healthInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(s.keepAlive()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.outbox()).isEqualTo(new OutboxLimits(500, Duration.ofDays(2)));
    TelemetrySettings minimal =
        mapper.readValue(
            """
            {"brokerUrl": "tcp://127.0.0.1:1883", "siteId": "bv-a", "kioskId": "k02"}
            """,
            TelemetrySettings.class);
    assertThat(minimal.outbox()).isEqualTo(OutboxLimits.DEFAULT);
    assertThat(minimal.username()).isEmpty();
  }

  @Test
  void neverPrintsThePassword() {
    assertThat(settings("tcp://broker:1883", "k01", "hunter2", "").toString())
        .doesNotContain("hunter2")
        .contains("password=***");
  }

  @Test
  void namesTheBadField() {
    assertThatThrownBy(() -> settings("http://broker", "", "", ""))
        .hasMessage("brokerUrl must start with tcp:// or ssl://, was 'http://broker'");
    assertThatThrownBy(() -> settings("tcp://", "", "", ""))
        .hasMessageStartingWith("brokerUrl is not a URL");
    assertThatThrownBy(() -> settings("tcp://b:1883/x", "", "", ""))
        .hasMessageContaining("must not have a path");
    assertThatThrownBy(() -> settings("tcp://broker:1883", "", "pw", ""))
        .hasMessage("password is set but username is empty");
    assertThatThrownBy(() -> settings("tcp://broker:1883", "u", "pw", "/etc/ca.pem"))
        .hasMessageContaining("caCertPath is set but brokerUrl is not ssl://");
    assertThatThrownBy(
            () ->
                new TelemetrySettings(
                    "tcp://b", "bv-a", "K 01", "", "", "", null, null, null, null, null))
        .hasMessageContaining("kiosk id")
        .hasMessageContaining("'K 01'");
    assertThatThrownBy(
            () ->
                new TelemetrySettings(
                    "tcp://b",
                    "bv-a",
                    "k01",
                    "",
                    "",
                    "",
                    Duration.ofMillis(10),
                    null,
                    null,
                    null,
                    null))
        .hasMessage("healthInterval must be between PT1S and PT1H, was PT0.01S");
    assertThatThrownBy(() -> new OutboxLimits(3, null))
        .hasMessage("outbox.maxMessages must be between 10 and 1000000, was 3");
    assertThatThrownBy(() -> new OutboxLimits(100, Duration.ofDays(365)))
        .hasMessageContaining("outbox.maxAge must be between");
  }

  @Test
  void acceptsTlsWithACaFile() {
    TelemetrySettings s = settings("ssl://broker:8883", "k01", "pw", "/etc/tiepdon/ca.pem");
    assertThat(s.usesTls()).isTrue();
    assertThat(s.caCertPath()).isEqualTo("/etc/tiepdon/ca.pem");
  }

  @Test
  void fleetSettingsCheckTheirGroup() {
    assertThatThrownBy(() -> new FleetSettings("tcp://b", "fleet-1", "", "", "", "a+b"))
        .hasMessageContaining("shared subscription group")
        .hasMessageContaining("'a+b'");
    assertThatThrownBy(() -> FleetSettings.anonymous("tcp://b", "fleet/1"))
        .hasMessageContaining("clientId");
  }
}
