package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.enrolment.EnrolmentSettings;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.identity.KeyStoreException;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.remote.fx.FxScreenCapture;

/** Start-up failures of remote management: named, and never a reason to stop serving patients. */
class RemoteManagementStartupTest {
  private static final String ENV = "TIEPDON_TEST_KEYSTORE_PASSWORD";
  private static final KioskRef KIOSK = KioskRef.of("bv-test", "k01");

  @TempDir Path home;
  private final Clock clock = Clock.systemUTC();

  @Test
  void aDamagedInstalledBundleIsReportedAndNoOperatorIsTrusted() throws Exception {
    Files.createDirectories(home.resolve("data"));
    Files.write(home.resolve("data/bundle.enc"), new byte[] {'T', 'D', 'B', 'E', 1, 9, 9, 9});

    try (RemoteManagement remote = open(Map.of(ENV, "pw")::get)) {
      assertThat(remote.bundle()).isEmpty();
      assertThat(remote.bundleProblem())
          .get()
          .asString()
          .startsWith("installed bundle refused:")
          .contains("bundle.enc");
      assertThat(remote.recentCommands(5)).isEmpty();
    }
  }

  @Test
  void aMissingPasswordNamesTheVariableAndAWrongOneTheKeystore() {
    assertThatThrownBy(() -> open(Map.<String, String>of()::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("environment variable " + ENV + " is not set");

    open(Map.of(ENV, "right")::get).close(); // first boot: the key is made
    assertThatThrownBy(() -> open(Map.of(ENV, "wrong")::get))
        .isInstanceOf(KeyStoreException.class)
        .hasMessageContaining("kiosk.p12");
  }

  private RemoteManagement open(Function<String, String> environment) {
    DataSource database = ProvisioningDatabase.sqlite(home.resolve("data/kiosk.db"));
    EnrolmentSettings settings =
        new EnrolmentSettings(
            home.resolve("data/kiosk.p12"),
            ENV,
            new Ed25519PublicKey(Ed25519.generate().getPublic()),
            home.resolve("data/bundle.enc"),
            null);
    KioskPorts ports =
        new KioskPorts(
            new RemoteKioskControl(
                on -> {}, notice -> {}, () -> false, () -> {}, code -> {}, Duration.ZERO, clock),
            new KioskLogTail(home.resolve("tiepdon.log")),
            new FxScreenCapture(() -> null, () -> false, Duration.ofSeconds(1)),
            new CscaFolder(home.resolve("csca"), store -> {}));
    return RemoteManagement.open(settings, environment, KIOSK, database, clock, ports);
  }
}
