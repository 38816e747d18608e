package vn.tiepdon.ui.remote;

import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.command.CommandHandlers;
import vn.tiepdon.provisioning.command.CommandVerifier;
import vn.tiepdon.provisioning.command.OperatorKeys;
import vn.tiepdon.provisioning.command.StandardHandlers;
import vn.tiepdon.provisioning.enrolment.BundleInstaller;
import vn.tiepdon.provisioning.enrolment.BundleRejectedException;
import vn.tiepdon.provisioning.enrolment.BundleVerifier;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.enrolment.EnrolmentSettings;
import vn.tiepdon.provisioning.enrolment.InstalledBundle;
import vn.tiepdon.provisioning.enrolment.PemCertificates;
import vn.tiepdon.provisioning.identity.KioskIdentity;
import vn.tiepdon.provisioning.identity.SigningKeyStore;
import vn.tiepdon.provisioning.mqtt.MqttCommandChannel;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.sqlite.SqliteCommandJournal;
import vn.tiepdon.provisioning.telemetry.Telemetry;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * The kiosk side of remote management, built from the {@code provisioning:} settings: the kiosk's
 * identity (created on first boot), its installed enrolment bundle, the SQLite command journal, the
 * command verifier with the bundle's operator keys, the handlers on this kiosk's {@link
 * KioskPorts}, and the command channel on the kiosk's MQTT telemetry.
 *
 * <p>A bundle installed later (from USB, QR codes or {@code REPLACE_CONFIG_BUNDLE}) brings its CSCA
 * list into the CSCA folder at once and then restarts the kiosk through {@link KioskPorts#control}:
 * broker login, operator keys, bank and HIS are all wired at start-up, so a restart is the one way
 * to apply them all together.
 *
 * <p>A damaged or refused installed bundle does not stop the kiosk (patients still check in); it
 * runs without operator keys, so every command is refused with {@code REJECTED_SIGNATURE}, and
 * {@link #bundleProblem()} says why for the staff screen.
 */
public final class RemoteManagement implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RemoteManagement.class);

  private final KioskRef kiosk;
  private final KioskIdentity identity;
  private final KioskPorts ports;
  private final BundleInstaller installer;
  private final SqliteCommandJournal journal;
  private final CommandVerifier verifier;
  private final CommandHandlers handlers;
  private final Clock clock;
  private final Optional<EnrolmentBundle> bundle;
  private final Optional<String> bundleProblem;
  private final boolean storedBundleRefused;
  private MqttCommandChannel channel;

  private RemoteManagement(
      EnrolmentSettings settings,
      char[] password,
      KioskRef kiosk,
      DataSource database,
      Clock clock,
      KioskPorts ports) {
    this.kiosk = kiosk;
    this.ports = ports;
    this.clock = clock;
    try {
      identity = KioskIdentity.load(settings.keystore(), password, kiosk.kiosk(), clock);
    } finally {
      Arrays.fill(password, '\0');
    }
    SigningKeyStore keys = identity.keys();
    installer =
        new BundleInstaller(
            new BundleVerifier(
                settings.hospitalPublicKey(),
                kiosk.kiosk(),
                Optional.of(identity.publicKey()),
                Optional.of(kiosk.site()),
                clock),
            new InstalledBundle(
                settings.bundleFile(),
                keys.secretsKey()
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "keystore "
                                    + settings.keystore()
                                    + " has no secrets key; it is not a kiosk keystore"))),
            this::installed);
    Optional<EnrolmentBundle> current = Optional.empty();
    Optional<String> problem = Optional.empty();
    boolean refused = false;
    try {
      current = installer.current();
      if (current.isEmpty()) {
        problem = Optional.of("not enrolled yet: no bundle in " + settings.bundleFile());
      }
    } catch (BundleRejectedException | UncheckedIOException e) {
      problem = Optional.of("installed bundle refused: " + e.getMessage());
      refused = true;
    }
    problem.ifPresent(p -> log.warn("remote commands are refused until enrolment: {}", p));
    bundle = current;
    bundleProblem = problem;
    storedBundleRefused = refused;

    ProvisioningDatabase.migrate(database);
    journal = new SqliteCommandJournal(database);
    verifier =
        new CommandVerifier(
            kiosk,
            OperatorKeys.of(current.map(EnrolmentBundle::operatorPublicKeys).orElse(List.of())),
            journal,
            clock,
            settings.maxCommandLifetime());
    handlers =
        StandardHandlers.all(
            ports.control(), ports.logs(), ports.screen(), ports.csca(), installer);
  }

  /**
   * Opens the kiosk's identity (creating its key on first boot) and its installed bundle.
   *
   * @param environment where the keystore password variable is read ({@code System::getenv})
   * @throws IllegalArgumentException if the password variable is not set (named, never its value)
   * @throws vn.tiepdon.provisioning.identity.KeyStoreException if the keystore cannot be opened
   */
  public static RemoteManagement open(
      EnrolmentSettings settings,
      Function<String, String> environment,
      KioskRef kiosk,
      DataSource database,
      Clock clock,
      KioskPorts ports) {
    if (settings == null
        || environment == null
        || kiosk == null
        || database == null
        || clock == null
        || ports == null) {
      throw new IllegalArgumentException(
          "settings, environment, kiosk, database, clock and ports are required");
    }
    return new RemoteManagement(
        settings, settings.keystorePassword(environment), kiosk, database, clock, ports);
  }

  /**
   * Takes commands over the kiosk's telemetry connection. Call before {@code telemetry.start()}. A
   * kiosk without a broker ({@code telemetry} is not MQTT) takes no commands.
   *
   * @return whether commands are taken
   */
  public synchronized boolean attach(Telemetry telemetry) {
    if (channel != null) {
      throw new IllegalStateException("remote commands are already attached");
    }
    if (!(telemetry instanceof vn.tiepdon.provisioning.mqtt.MqttTelemetry mqtt)) {
      log.info("no MQTT broker configured; remote commands are off");
      return false;
    }
    channel = MqttCommandChannel.attach(mqtt, kiosk, verifier, handlers, journal, clock);
    return true;
  }

  /** {@link #attach} then {@code telemetry.start()}, for a composition root that starts it here. */
  public boolean start(Telemetry telemetry) {
    boolean attached = attach(telemetry);
    telemetry.start();
    return attached;
  }

  public KioskIdentity identity() {
    return identity;
  }

  /** The text of the enrolment QR code for the staff screen ({@code TDR1:…}). */
  public String enrolmentQrText() {
    return identity.enrolmentQrText();
  }

  /** The bundle in force since start-up; empty before enrolment or if the stored one is refused. */
  public Optional<EnrolmentBundle> bundle() {
    return bundle;
  }

  /** Why the kiosk takes no commands (not enrolled, bundle refused), for the staff screen. */
  public Optional<String> bundleProblem() {
    return bundleProblem;
  }

  /** Enrolled or not, and with what, for the staff screen. */
  public EnrolmentStatus enrolmentStatus() {
    return EnrolmentStatus.of(bundle, storedBundleRefused);
  }

  public KioskRef kiosk() {
    return kiosk;
  }

  /** Installs a bundle from USB or QR codes (the staff screen); the kiosk restarts after it. */
  public BundleInstaller installer() {
    return installer;
  }

  /** The last commands and their acks from the SQLite command log, newest first. */
  public List<vn.tiepdon.provisioning.command.CommandLog.Entry> recentCommands(int limit) {
    return journal.latest(limit);
  }

  private void installed(EnrolmentBundle installed) {
    log.info("enrolment bundle installed: {}", installed);
    List<X509Certificate> csca = new ArrayList<>();
    for (String pem : installed.cscaCertificates()) {
      csca.addAll(PemCertificates.parse(pem));
    }
    try {
      if (!csca.isEmpty()) {
        ports.csca().replace(csca);
      }
    } catch (Exception e) {
      // The bundle is signed and stored; the CSCA list is applied again after the restart would
      // need the folder, so say loudly that it did not change.
      log.error("the new bundle's CSCA list could not be written; chips use the old list", e);
    }
    try {
      ports.control().restart();
    } catch (Exception e) {
      log.error("restart after the new bundle failed; it applies at the next start", e);
    }
  }

  /** Stops taking commands (the one running finishes); the telemetry is closed by its owner. */
  @Override
  public synchronized void close() {
    if (channel != null) {
      channel.close();
    }
  }
}
