package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.remote.ProvisioningSection;
import vn.tiepdon.ui.remote.RemoteManagement;

/**
 * The composition root builds remote management from a {@code provisioning:} section: the kiosk's
 * key is created on first boot, its enrolment request is ready for the staff screen, and commands
 * are taken over the kiosk's own broker connection. (Commands themselves are tested end to end in
 * {@code remote.RemoteManagementTest}.)
 */
class RemoteWiringTest {
  @TempDir Path home;

  @Test
  void aKioskWithAProvisioningSectionCreatesItsIdentityAndTakesCommands() throws Exception {
    TiepdonConfig demo = QrOnlyDemoKiosk.demo();
    String hospitalKey =
        new Ed25519PublicKey(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic())
            .text();
    try (DemoBroker broker = DemoBroker.start(home.resolve("broker"))) {
      TiepdonConfig config =
          QrOnlyDemoKiosk.config(
              home,
              new TelemetrySettings(
                  broker.url(),
                  demo.site().id(),
                  demo.kiosk().id(),
                  null,
                  null,
                  null,
                  Duration.ofSeconds(60),
                  null,
                  null,
                  null,
                  null),
              null,
              // The keystore password is read from the named environment variable; HOME is one
              // every test machine has.
              new ProvisioningSection(
                  "data/kiosk.p12", "HOME", hospitalKey, "data/bundle.enc", null));

      try (KioskAssembly kiosk =
          KioskAssembly.start(config, home, CscaTrustStore.of(List.of()), Clock.systemUTC())) {
        RemoteManagement remote = kiosk.remote().orElseThrow();
        assertThat(remote.enrolmentQrText()).startsWith("TDR1:");
        assertThat(remote.bundle()).isEmpty();
        assertThat(Files.exists(home.resolve("data/kiosk.p12"))).isTrue();
      }
    }
  }
}
