package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

class BundleTelemetryTest {
  private static final String CA = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

  @TempDir Path data;

  private final TelemetrySettings yaml =
      new TelemetrySettings(
          "tcp://127.0.0.1:1883",
          "bv-test",
          "k01",
          "",
          "",
          "",
          Duration.ofSeconds(15),
          Duration.ofSeconds(20),
          Duration.ofMillis(500),
          Duration.ofSeconds(30),
          null);

  @Test
  void withoutABundleTheYamlSectionIsUsedAsItIs() {
    assertThat(BundleTelemetry.choose(Optional.empty(), Optional.of(yaml), data)).contains(yaml);
    assertThat(BundleTelemetry.choose(Optional.empty(), Optional.empty(), data)).isEmpty();
  }

  @Test
  void theBundlesBrokerLoginAndCaReplaceTheYamlOnesAndTheYamlTimingStays() throws Exception {
    TelemetrySettings chosen =
        BundleTelemetry.choose(Optional.of(bundle(Optional.of(CA))), Optional.of(yaml), data)
            .orElseThrow();
    assertThat(chosen.brokerUrl()).isEqualTo("ssl://mqtt.bv-test.local:8883");
    assertThat(chosen.username()).isEqualTo("bv-test/k01");
    assertThat(chosen.password()).isEqualTo("from-the-bundle");
    assertThat(chosen.kiosk()).isEqualTo(yaml.kiosk());
    assertThat(Path.of(chosen.caCertPath())).isEqualTo(data.resolve(BundleTelemetry.CA_FILE));
    assertThat(Files.readString(Path.of(chosen.caCertPath()))).isEqualTo(CA);
    assertThat(chosen.healthInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(chosen.keepAlive()).isEqualTo(Duration.ofSeconds(20));
    assertThat(chosen.toString()).doesNotContain("from-the-bundle");
  }

  @Test
  void aKioskWithOnlyABundleReportsWithDefaultTiming() {
    TelemetrySettings chosen =
        BundleTelemetry.choose(Optional.of(bundle(Optional.empty())), Optional.empty(), data)
            .orElseThrow();
    assertThat(chosen.caCertPath()).isEmpty();
    assertThat(chosen.healthInterval()).isEqualTo(Duration.ofSeconds(60));
  }

  private static EnrolmentBundle bundle(Optional<String> ca) {
    Instant now = Instant.now();
    return new EnrolmentBundle(
        new SiteId("bv-test"),
        new KioskId("k01"),
        Optional.empty(),
        now.minusSeconds(60),
        now.plus(Duration.ofDays(30)),
        new EnrolmentBundle.Broker(
            URI.create(ca.isPresent() ? "ssl://mqtt.bv-test.local:8883" : "tcp://10.0.0.5:1883"),
            "bv-test/k01",
            "from-the-bundle",
            ca),
        new ObjectMapper().createObjectNode(),
        List.of(),
        new EnrolmentBundle.BankAccount("970436", "0011001234567", "BENH VIEN TEST"),
        URI.create("https://his.bv-test.local/fhir"),
        List.of());
  }
}
