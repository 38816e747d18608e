package vn.tiepdon.provisioning.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.TelemetryFixture;
import vn.tiepdon.provisioning.testing.TestCertificates;
import vn.tiepdon.provisioning.testing.TestCertificates.ServerKey;

/** ssl:// with a CA certificate file: the broker must prove it is the hospital's broker. */
class BrokerTlsIT {
  static {
    // Generous for a shared, loaded build machine; a passing test never waits this long.
    org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(30));
  }

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  @Test
  void connectsOverTlsTrustingOnlyTheConfiguredCa() throws Exception {
    ServerKey server = TestCertificates.selfSigned(folder, "broker");
    ServerKey stranger = TestCertificates.selfSigned(folder, "stranger");
    TelemetryFixture fixture = new TelemetryFixture(folder);
    try (EmbeddedBroker broker =
        EmbeddedBroker.startWithTls(brokerFolder, server.keystore(), TestCertificates.PASSWORD)) {

      TelemetrySettings trusting =
          fixture.settings(broker.tlsUrl(), "k-tls", "", "", server.certificatePem().toString());
      try (MqttTelemetry telemetry =
          new MqttTelemetry(
              trusting, fixture.database("k-tls"), fixture.clock, fixture.sources())) {
        telemetry.start();
        await().until(telemetry::online);
      }

      TelemetrySettings wrongCa =
          fixture.settings(broker.tlsUrl(), "k-tls2", "", "", stranger.certificatePem().toString());
      try (MqttTelemetry telemetry =
          new MqttTelemetry(
              wrongCa, fixture.database("k-tls2"), fixture.clock, fixture.sources())) {
        telemetry.start();
        await().until(() -> telemetry.lastConnectionProblem().isPresent());
        assertThat(telemetry.lastConnectionProblem().orElseThrow())
            .containsIgnoringCase("certification path");
        assertThat(telemetry.online()).isFalse();
      }
    }
  }

  @Test
  void aBadCaFileFailsAtStartNamingThePath() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    Path notACert = Files.writeString(folder.resolve("ca.pem"), "hello");
    TelemetrySettings missing =
        fixture.settings(
            "ssl://localhost:8883", "k", "", "", folder.resolve("nope.pem").toString());
    assertThatThrownBy(
            () ->
                new MqttTelemetry(missing, fixture.database("k"), fixture.clock, fixture.sources()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caCertPath cannot be read")
        .hasMessageContaining("nope.pem");
    TelemetrySettings garbage =
        fixture.settings("ssl://localhost:8883", "k", "", "", notACert.toString());
    assertThatThrownBy(
            () ->
                new MqttTelemetry(garbage, fixture.database("k"), fixture.clock, fixture.sources()))
        .hasMessageContaining("caCertPath");
  }
}
