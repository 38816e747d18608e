package vn.tiepdon.ui.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;

/**
 * Where the kiosk's telemetry goes: to the broker of its enrolment bundle once it has one (URL,
 * login, CA certificate), else to the YAML {@code telemetry:} section, which stays for development
 * and the demo. Timing and outbox limits come from the YAML section when there is one.
 *
 * <p>A new bundle applies at the restart that follows its installation (ADR 0015, 0018): the outbox
 * is the SQLite file, not the connection, so what was waiting is delivered to the new broker after
 * the restart.
 */
public final class BundleTelemetry {
  /** The bundle's CA certificate, written beside the kiosk's data for Paho to read. */
  public static final String CA_FILE = "bundle-broker-ca.pem";

  private static final Logger log = LoggerFactory.getLogger(BundleTelemetry.class);

  private BundleTelemetry() {}

  /**
   * @param bundle the installed bundle read at start-up, if any
   * @param yaml the YAML {@code telemetry:} section, if any
   * @param dataDir where the bundle's CA certificate is written
   */
  public static Optional<TelemetrySettings> choose(
      Optional<EnrolmentBundle> bundle, Optional<TelemetrySettings> yaml, Path dataDir) {
    if (bundle.isEmpty()) {
      return yaml;
    }
    EnrolmentBundle b = bundle.get();
    EnrolmentBundle.Broker broker = b.broker();
    String caPath = broker.caCertificatePem().map(pem -> writeCa(pem, dataDir)).orElse("");
    TelemetrySettings settings =
        new TelemetrySettings(
            broker.url().toString(),
            b.hospital().value(),
            b.kiosk().value(),
            broker.username(),
            broker.password(),
            caPath,
            yaml.map(TelemetrySettings::healthInterval).orElse(null),
            yaml.map(TelemetrySettings::keepAlive).orElse(null),
            yaml.map(TelemetrySettings::reconnectDelay).orElse(null),
            yaml.map(TelemetrySettings::reconnectMaxDelay).orElse(null),
            yaml.map(TelemetrySettings::outbox).orElse(null));
    log.info(
        "telemetry goes to the enrolment bundle's broker {} (the YAML telemetry section{} is not used)",
        broker.url(),
        yaml.map(y -> " for " + y.brokerUrl()).orElse(""));
    return Optional.of(settings);
  }

  private static String writeCa(String pem, Path dataDir) {
    Path file = dataDir.resolve(CA_FILE);
    try {
      Files.createDirectories(dataDir);
      Path staged = Files.createTempFile(dataDir, CA_FILE, ".tmp");
      Files.writeString(staged, pem, StandardCharsets.US_ASCII);
      Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the enrolment bundle's broker CA certificate to " + file, e);
    }
  }
}
