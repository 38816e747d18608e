package vn.tiepdon.provisioning.enrolment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;

/**
 * The kiosk YAML's {@code provisioning:} section, checked once at start-up; an error names the key
 * and the value.
 *
 * <pre>{@code
 * provisioning:
 *   keystore: /var/lib/tiepdon/kiosk.p12          # created on first boot, mode 600
 *   keystorePasswordEnv: TIEPDON_KEYSTORE_PASSWORD
 *   hospitalPublicKey: <43 base64url characters>  # the hospital's bundle-signing key
 *   bundleFile: /var/lib/tiepdon/bundle.enc       # the installed bundle, AES-GCM, mode 600
 *   maxCommandLifetime: PT1H                      # optional, default PT1H, at most P1D
 * }</pre>
 */
public record EnrolmentSettings(
    Path keystore,
    String keystorePasswordEnv,
    Ed25519PublicKey hospitalPublicKey,
    Path bundleFile,
    Duration maxCommandLifetime) {
  public static final Duration DEFAULT_MAX_COMMAND_LIFETIME = Duration.ofHours(1);

  public EnrolmentSettings {
    if (keystore == null) {
      throw new IllegalArgumentException("provisioning.keystore is required (a file path)");
    }
    if (keystorePasswordEnv == null || !keystorePasswordEnv.matches("[A-Z_][A-Z0-9_]*")) {
      throw new IllegalArgumentException(
          "provisioning.keystorePasswordEnv must name an environment variable (A-Z, 0-9, _), was "
              + quote(keystorePasswordEnv));
    }
    if (hospitalPublicKey == null) {
      throw new IllegalArgumentException("provisioning.hospitalPublicKey is required");
    }
    if (bundleFile == null) {
      throw new IllegalArgumentException("provisioning.bundleFile is required (a file path)");
    }
    maxCommandLifetime =
        maxCommandLifetime == null ? DEFAULT_MAX_COMMAND_LIFETIME : maxCommandLifetime;
    if (maxCommandLifetime.isNegative()
        || maxCommandLifetime.isZero()
        || maxCommandLifetime.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(
          "provisioning.maxCommandLifetime must be between PT1S and P1D, was "
              + maxCommandLifetime);
    }
  }

  /** From the YAML's text values; the hospital key is parsed here so its error names the key. */
  public static EnrolmentSettings of(
      String keystore,
      String keystorePasswordEnv,
      String hospitalPublicKey,
      String bundleFile,
      Duration maxCommandLifetime) {
    Ed25519PublicKey key;
    try {
      key = Ed25519PublicKey.parse(hospitalPublicKey);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("provisioning.hospitalPublicKey: " + e.getMessage(), e);
    }
    return new EnrolmentSettings(
        path("keystore", keystore),
        keystorePasswordEnv,
        key,
        path("bundleFile", bundleFile),
        maxCommandLifetime);
  }

  /** The keystore password from the environment; an error names the variable, never the value. */
  public char[] keystorePassword(Function<String, String> environment) {
    String value = environment.apply(keystorePasswordEnv);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(
          "provisioning.keystorePasswordEnv: environment variable "
              + keystorePasswordEnv
              + " is not set");
    }
    return value.toCharArray();
  }

  public char[] keystorePassword() {
    Map<String, String> environment = System.getenv();
    return keystorePassword(environment::get);
  }

  private static Path path(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("provisioning." + key + " is required (a file path)");
    }
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException(
          "provisioning." + key + " is not a valid path: " + quote(value), e);
    }
  }

  private static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
