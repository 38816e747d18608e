package vn.tiepdon.queue.fhir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.tiepdon.queue.his.HospitalSystem;
import vn.tiepdon.queue.his.LocalOnlyHospitalSystem;
import vn.tiepdon.queue.his.OutboxKey;
import vn.tiepdon.queue.his.RegistrationSealer;

/**
 * The {@code his:} section of the kiosk YAML, validated once; an error starts with the key's name.
 * Without {@code fhir} the kiosk runs local-only.
 *
 * <pre>
 * his:
 *   fhir:
 *     baseUrl: https://his.bv.local/fhir
 *     connectTimeout: PT2S          # optional, default PT3S
 *     readTimeout: PT5S             # optional, default PT8S
 *   outbox:
 *     keystore: /etc/tiepdon/kiosk.p12
 *     keystorePasswordEnv: TIEPDON_KEYSTORE_PASSWORD
 *     keyAlias: his-outbox          # optional, default his-outbox
 *   retention: P7D                  # optional: undeliverable registrations are purged after this
 *   retryEvery: PT30S               # optional: how often ProvisionalSender.sendDue() runs
 * </pre>
 *
 * @param fhir the FHIR HIS; null for local-only
 * @param outbox where the key that seals offline registrations comes from; required with fhir
 */
public record HisSettings(
    FhirSettings fhir, Outbox outbox, Duration retention, Duration retryEvery) {
  public static final String DEFAULT_ALIAS = "his-outbox";

  public HisSettings {
    retention = retention == null ? Duration.ofDays(7) : retention;
    retryEvery = retryEvery == null ? Duration.ofSeconds(30) : retryEvery;
    if (retention.compareTo(Duration.ofHours(1)) < 0
        || retention.compareTo(Duration.ofDays(90)) > 0) {
      throw new IllegalArgumentException(
          "retention must be between PT1H and P90D, was " + retention);
    }
    if (retryEvery.compareTo(Duration.ofSeconds(5)) < 0
        || retryEvery.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "retryEvery must be between PT5S and PT1H, was " + retryEvery);
    }
    if (fhir != null && outbox == null) {
      throw new IllegalArgumentException(
          "outbox must be set when fhir is: offline registrations are stored encrypted");
    }
  }

  /** Local-only: no HIS, nothing sealed or sent. */
  public static HisSettings localOnly() {
    return new HisSettings(null, null, null, null);
  }

  /**
   * Where the outbox key comes from: a PKCS#12 keystore (production) or Base64 text (demo, tests).
   *
   * @param keystorePasswordEnv the environment variable holding the keystore password
   */
  public record Outbox(
      String keyBase64, Path keystore, String keystorePasswordEnv, String keyAlias) {
    public Outbox {
      keyAlias = keyAlias == null ? DEFAULT_ALIAS : keyAlias;
      if ((keyBase64 == null) == (keystore == null)) {
        throw new IllegalArgumentException(
            "keystore must be set, or else keyBase64 (exactly one of them), was keystore="
                + keystore
                + ", keyBase64="
                + (keyBase64 == null ? "unset" : "set"));
      }
      if (keystore != null && (keystorePasswordEnv == null || keystorePasswordEnv.isBlank())) {
        throw new IllegalArgumentException(
            "keystorePasswordEnv must name the environment variable with the keystore password,"
                + " was "
                + keystorePasswordEnv);
      }
      if (keyBase64 != null) {
        OutboxKey.fromBase64(keyBase64); // fails now, at start-up, naming what is wrong
      }
    }

    /**
     * Loads the key.
     *
     * @param environment reads an environment variable (e.g. {@code System::getenv})
     * @throws IllegalArgumentException naming the keystore, the alias or the unset variable
     */
    public OutboxKey key(UnaryOperator<String> environment) {
      if (keyBase64 != null) {
        return OutboxKey.fromBase64(keyBase64);
      }
      String password = environment.apply(keystorePasswordEnv);
      if (password == null) {
        throw new IllegalArgumentException(
            "keystorePasswordEnv names " + keystorePasswordEnv + ", which is not set");
      }
      return OutboxKey.fromKeyStore(keystore, password.toCharArray(), keyAlias);
    }
  }

  public Optional<FhirSettings> fhirSettings() {
    return Optional.ofNullable(fhir);
  }

  public HospitalSystem hospitalSystem(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return fhir == null ? new LocalOnlyHospitalSystem() : new FhirHospitalSystem(fhir, clock);
  }

  /**
   * The sealer for offline registrations. Local-only never seals anything, so it gets a throwaway
   * random key.
   */
  public RegistrationSealer sealer(UnaryOperator<String> environment, SecureRandom random) {
    OutboxKey key = outbox == null ? OutboxKey.random(random) : outbox.key(environment);
    return new RegistrationSealer(key, random);
  }
}
