package vn.tiepdon.provisioning.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.identity.EnrolmentRequest;
import vn.tiepdon.provisioning.identity.KioskIdentity;
import vn.tiepdon.provisioning.topic.KioskId;

class EnrolmentSettingsTest {
  private final String hospitalKey = new Ed25519PublicKey(Ed25519.generate().getPublic()).text();
  @TempDir Path folder;

  @Test
  void readsAndDefaults() {
    EnrolmentSettings settings =
        EnrolmentSettings.of(
            "/var/lib/tiepdon/kiosk.p12",
            "TIEPDON_KEYSTORE_PASSWORD",
            hospitalKey,
            "/var/lib/tiepdon/bundle.enc",
            null);

    assertThat(settings.maxCommandLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.hospitalPublicKey().text()).isEqualTo(hospitalKey);
    assertThat(settings.keystorePassword(Map.of("TIEPDON_KEYSTORE_PASSWORD", "pw")::get))
        .containsExactly('p', 'w');
  }

  @Test
  void errorsNameTheKeyAndTheValue() {
    assertThatThrownBy(
            () -> EnrolmentSettings.of("k.p12", "TIEPDON_KEYSTORE_PASSWORD", "abc", "b.enc", null))
        .hasMessageStartingWith("provisioning.hospitalPublicKey: public key must be 32 bytes");
    assertThatThrownBy(
            () -> EnrolmentSettings.of("k.p12", "lower case", hospitalKey, "b.enc", null))
        .hasMessageContaining("provisioning.keystorePasswordEnv must name an environment variable")
        .hasMessageContaining("'lower case'");
    assertThatThrownBy(() -> EnrolmentSettings.of("", "PW", hospitalKey, "b.enc", null))
        .hasMessage("provisioning.keystore is required (a file path)");
    assertThatThrownBy(
            () -> EnrolmentSettings.of("k.p12", "PW", hospitalKey, "b.enc", Duration.ofDays(3)))
        .hasMessage("provisioning.maxCommandLifetime must be between PT1S and P1D, was PT72H");
    EnrolmentSettings settings = EnrolmentSettings.of("k.p12", "PW", hospitalKey, "b.enc", null);
    assertThatThrownBy(() -> settings.keystorePassword(Map.<String, String>of()::get))
        .hasMessage("provisioning.keystorePasswordEnv: environment variable PW is not set");
  }

  @Test
  void firstBootMakesTheKeyAndLaterBootsKeepIt() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    Path keystore = folder.resolve("kiosk.p12");

    KioskIdentity first =
        KioskIdentity.load(keystore, "pw".toCharArray(), new KioskId("k01"), clock);
    KioskIdentity later =
        KioskIdentity.load(keystore, "pw".toCharArray(), new KioskId("k01"), clock);

    assertThat(later.publicKey()).isEqualTo(first.publicKey());
    EnrolmentRequest shown = EnrolmentRequest.parse(later.enrolmentQrText());
    assertThat(shown.kiosk()).isEqualTo(new KioskId("k01"));
    assertThat(shown.publicKey()).isEqualTo(first.publicKey());
  }
}
