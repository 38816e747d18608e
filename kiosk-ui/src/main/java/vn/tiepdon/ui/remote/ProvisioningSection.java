package vn.tiepdon.ui.remote;

import java.nio.file.Path;
import java.time.Duration;
import vn.tiepdon.provisioning.enrolment.EnrolmentSettings;

/**
 * The kiosk YAML's {@code provisioning:} section as Jackson binds it (plain texts), checked once on
 * construction by provisioning's {@link EnrolmentSettings}; an error names the key and the value.
 *
 * <pre>{@code
 * provisioning:
 *   keystore: data/kiosk.p12                      # relative to the installation; made on first boot
 *   keystorePasswordEnv: TIEPDON_KEYSTORE_PASSWORD
 *   hospitalPublicKey: <43 base64url characters>  # the hospital's bundle-signing key
 *   bundleFile: data/bundle.enc                   # the installed bundle, AES-GCM, mode 600
 *   maxCommandLifetime: PT1H                      # optional
 * }</pre>
 */
public record ProvisioningSection(
    String keystore,
    String keystorePasswordEnv,
    String hospitalPublicKey,
    String bundleFile,
    Duration maxCommandLifetime) {
  private static final String PREFIX = "provisioning.";

  public ProvisioningSection {
    // Compact constructor: fields are not assigned yet, so check the parameters.
    parse(
        Path.of(""),
        keystore,
        keystorePasswordEnv,
        hospitalPublicKey,
        bundleFile,
        maxCommandLifetime);
  }

  /** The settings with relative paths resolved against the installation folder {@code home}. */
  public EnrolmentSettings settings(Path home) {
    return parse(
        home, keystore, keystorePasswordEnv, hospitalPublicKey, bundleFile, maxCommandLifetime);
  }

  private static EnrolmentSettings parse(
      Path home,
      String keystore,
      String keystorePasswordEnv,
      String hospitalPublicKey,
      String bundleFile,
      Duration maxCommandLifetime) {
    try {
      EnrolmentSettings parsed =
          EnrolmentSettings.of(
              keystore, keystorePasswordEnv, hospitalPublicKey, bundleFile, maxCommandLifetime);
      return new EnrolmentSettings(
          home.resolve(parsed.keystore()).normalize(),
          parsed.keystorePasswordEnv(),
          parsed.hospitalPublicKey(),
          home.resolve(parsed.bundleFile()).normalize(),
          parsed.maxCommandLifetime());
    } catch (IllegalArgumentException e) {
      // The config loader prefixes the section itself, and reports the root cause: so the
      // message is restated without the section and without a cause.
      String message = e.getMessage();
      throw new IllegalArgumentException(
          message != null && message.startsWith(PREFIX)
              ? message.substring(PREFIX.length())
              : message);
    }
  }
}
