package vn.tiepdon.queue.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdon.queue.his.LocalOnlyHospitalSystem;

class HisSettingsTest {
  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  static final FhirSettings FHIR = FhirSettings.of(URI.create("https://his.bv.local/fhir"));

  @Test
  void defaultsAndTheAdapterEachModeGets() {
    HisSettings local = HisSettings.localOnly();
    HisSettings fhir =
        new HisSettings(FHIR, new HisSettings.Outbox(KEY, null, null, null), null, null);

    assertThat(local.retention()).isEqualTo(Duration.ofDays(7));
    assertThat(local.retryEvery()).isEqualTo(Duration.ofSeconds(30));
    assertThat(local.hospitalSystem(Clock.systemUTC())).isInstanceOf(LocalOnlyHospitalSystem.class);
    assertThat(fhir.hospitalSystem(Clock.systemUTC())).isInstanceOf(FhirHospitalSystem.class);
    assertThat(fhir.fhirSettings().get().readTimeout()).isEqualTo(Duration.ofSeconds(8));
    assertThat(fhir.sealer(name -> null, new SecureRandom())).isNotNull();
  }

  @Test
  void errorsStartWithTheKeyAndNeverEchoTheKeyItself() {
    assertThatThrownBy(() -> new HisSettings(FHIR, null, null, null))
        .hasMessageStartingWith("outbox must be set when fhir is");
    assertThatThrownBy(() -> new HisSettings(null, null, Duration.ofMinutes(5), null))
        .hasMessage("retention must be between PT1H and P90D, was PT5M");
    assertThatThrownBy(() -> new HisSettings(null, null, null, Duration.ofSeconds(1)))
        .hasMessage("retryEvery must be between PT5S and PT1H, was PT1S");
    assertThatThrownBy(() -> new HisSettings.Outbox(null, null, null, null))
        .hasMessageStartingWith("keystore must be set, or else keyBase64");
    assertThatThrownBy(() -> new HisSettings.Outbox(KEY, Path.of("k.p12"), "PW", null))
        .hasMessageStartingWith("keystore must be set, or else keyBase64");
    assertThatThrownBy(() -> new HisSettings.Outbox(null, Path.of("k.p12"), null, null))
        .hasMessageStartingWith("keystorePasswordEnv must name the environment variable");
    assertThatThrownBy(() -> new HisSettings.Outbox("c2hvcnQ=", null, null, null))
        .hasMessage("outbox key must be 32 bytes (AES-256), was 5");
    assertThatThrownBy(
            () ->
                new HisSettings.Outbox(null, Path.of("k.p12"), "TIEPDON_PW", null)
                    .key(Map.<String, String>of()::get))
        .hasMessage("keystorePasswordEnv names TIEPDON_PW, which is not set");
    assertThatThrownBy(() -> new FhirSettings(null, null, null, null, null, null, null, null, null))
        .hasMessage("baseUrl must be set (the FHIR base URL of the HIS)");
    assertThatThrownBy(
            () ->
                new FhirSettings(
                    URI.create("http://his/fhir"),
                    null,
                    null,
                    "finished",
                    null,
                    null,
                    null,
                    null,
                    null))
        .hasMessage("encounterStatus must be arrived or planned, was 'finished'");
  }
}
