package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.enrolment.EnrolmentSettings;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.ConfigLoader;

/** The {@code provisioning:} section read by the kiosk's own YAML loader, as TiepdonConfig will. */
class ProvisioningSectionTest {
  private static final String KEY = new Ed25519PublicKey(Ed25519.generate().getPublic()).text();

  /** Stands in for TiepdonConfig: the section under its key. */
  record Kiosk(ProvisioningSection provisioning) {}

  @Test
  void readsTheSectionAndResolvesPathsAgainstTheInstallation() throws Exception {
    Kiosk kiosk =
        read(
            """
            provisioning:
              keystore: data/kiosk.p12
              keystorePasswordEnv: TIEPDON_KEYSTORE_PASSWORD
              hospitalPublicKey: %s
              bundleFile: /var/lib/tiepdon/bundle.enc
              maxCommandLifetime: PT30M
            """
                .formatted(KEY));

    EnrolmentSettings settings = kiosk.provisioning().settings(Path.of("/opt/tiepdon"));

    assertThat(settings.keystore()).isEqualTo(Path.of("/opt/tiepdon/data/kiosk.p12"));
    assertThat(settings.bundleFile()).isEqualTo(Path.of("/var/lib/tiepdon/bundle.enc"));
    assertThat(settings.hospitalPublicKey().text()).isEqualTo(KEY);
    assertThat(settings.maxCommandLifetime()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.keystorePasswordEnv()).isEqualTo("TIEPDON_KEYSTORE_PASSWORD");
  }

  @Test
  void aBadValueIsNamedByKeyAndValue() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    provisioning:
                      keystore: data/kiosk.p12
                      keystorePasswordEnv: tiepdon-password
                      hospitalPublicKey: %s
                      bundleFile: data/bundle.enc
                    """
                        .formatted(KEY)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("provisioning")
        .hasMessageContaining("keystorePasswordEnv must name an environment variable")
        .hasMessageContaining("'tiepdon-password'")
        .hasMessageNotContaining("provisioning.provisioning");
    assertThatThrownBy(
            () ->
                read(
                    """
                    provisioning:
                      keystore: data/kiosk.p12
                      keystorePasswordEnv: TIEPDON_KEYSTORE_PASSWORD
                      hospitalPublicKey: not-a-key
                      bundleFile: data/bundle.enc
                    """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("hospitalPublicKey");
    assertThatThrownBy(
            () ->
                read(
                    """
                    provisioning:
                      keystorePasswordEnv: TIEPDON_KEYSTORE_PASSWORD
                      hospitalPublicKey: %s
                      bundleFile: data/bundle.enc
                    """
                        .formatted(KEY)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("keystore is required");
  }

  private static Kiosk read(String yaml) throws Exception {
    return new ConfigLoader()
        .read(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
            "kiosk.yaml",
            Kiosk.class);
  }
}
