package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandLog;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.RemoteCommand;
import vn.tiepdon.provisioning.command.SignedCommand;
import vn.tiepdon.provisioning.enrolment.BundleSigner;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.enrolment.EnrolmentSettings;
import vn.tiepdon.provisioning.health.HealthSources;
import vn.tiepdon.provisioning.health.HostProbe;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.mqtt.MqttFleetCommandTransport;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.telemetry.RecentErrors;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.remote.fx.FxScreenCapture;

/**
 * The kiosk side of remote management end to end: a kiosk identity created on first boot, a bundle
 * signed by the hospital installed, the kiosk "restarted", then real commands signed by an IT
 * operator's key over an embedded HiveMQ CE broker to {@link RemoteManagement} attached to a real
 * {@link MqttTelemetry} on SQLite, with a real JavaFX scene for the screenshot.
 */
@ExtendWith(ApplicationExtension.class)
class RemoteManagementTest {
  private static final String PASSWORD_ENV = "TIEPDON_TEST_KEYSTORE_PASSWORD";
  private static final Map<String, String> ENVIRONMENT = Map.of(PASSWORD_ENV, "kiosk-test-pw");
  private static final KioskRef KIOSK = KioskRef.of("bv-test", "k01");

  /** A made-up citizen's CCCD number. */
  private static final String ID = "079185001234";

  @TempDir static Path brokerHome;
  private static DemoBroker broker;

  @TempDir Path home;
  private final Clock clock = Clock.systemUTC();
  private final KeyPair hospital = Ed25519.generate();
  private final Ed25519PublicKey hospitalKey = new Ed25519PublicKey(hospital.getPublic());
  private final KeyPair operator = Ed25519.generate();
  private final CommandSigner signer =
      new CommandSigner(operator.getPrivate(), new Ed25519PublicKey(operator.getPublic()));
  private final TestIssuer csca = TestIssuer.generate("TiepDon test CSCA", Clock.systemUTC());
  private final AtomicBoolean patientOnScreen = new AtomicBoolean();
  private final List<RemoteNotice> notices = new CopyOnWriteArrayList<>();
  private final List<Boolean> maintenance = new CopyOnWriteArrayList<>();
  private final List<Integer> exits = new CopyOnWriteArrayList<>();
  private final List<CscaTrustStore> reloads = new CopyOnWriteArrayList<>();
  private final List<CommandAck> acks = new CopyOnWriteArrayList<>();
  private Scene scene;
  private RemoteManagement remote;
  private MqttTelemetry telemetry;
  private MqttFleetCommandTransport operatorDesk;

  @BeforeAll
  static void startBroker() {
    broker = DemoBroker.start(brokerHome.resolve("broker"));
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Start
  void start(Stage stage) {
    scene = new Scene(new StackPane(new Label("Chào mừng bạn đến bệnh viện")), 540, 960);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    if (operatorDesk != null) {
      operatorDesk.close();
    }
    if (remote != null) {
      remote.close();
    }
    if (telemetry != null) {
      telemetry.close();
    }
  }

  @Test
  void aKioskEnrolsThenRunsSignedCommandsAndRefusesAReplay() throws Exception {
    DataSource database = ProvisioningDatabase.sqlite(home.resolve("data/kiosk.db"));
    Files.writeString(
        Files.createDirectories(home.resolve("logs")).resolve("tiepdon.log"),
        "2026-12-01T23:00:00.000Z INFO card " + ID + " read\n",
        StandardCharsets.UTF_8);

    // First boot: the key is made, the kiosk is not enrolled and obeys nobody.
    RemoteManagement firstBoot = open(database);
    assertThat(firstBoot.enrolmentQrText()).startsWith("TDR1:");
    assertThat(firstBoot.bundle()).isEmpty();
    assertThat(firstBoot.bundleProblem()).get().asString().contains("not enrolled yet");
    assertThat(Files.exists(home.resolve("data/kiosk.p12"))).isTrue();

    // Staff installs the hospital's bundle: its CSCA list goes to the folder, a restart follows.
    EnrolmentBundle installed =
        firstBoot.installer().install(signedBundle(firstBoot.identity().publicKey()));
    assertThat(installed.operatorKeys()).hasSize(1);
    assertThat(CscaTrustStore.fromDirectory(home.resolve("csca")).certificates())
        .containsExactly(csca.csca());
    assertThat(reloads).hasSize(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> exits.contains(75));
    firstBoot.close();

    // After the restart: same key, the bundle read back, the operator's commands taken.
    remote = open(database);
    assertThat(remote.identity().publicKey()).isEqualTo(firstBoot.identity().publicKey());
    assertThat(remote.bundle()).get().extracting(EnrolmentBundle::hospital).isEqualTo(KIOSK.site());
    assertThat(remote.bundleProblem()).isEmpty();
    telemetry = telemetry(database);
    assertThat(remote.attach(telemetry)).isTrue();
    telemetry.start();
    await().atMost(Duration.ofSeconds(30)).until(telemetry::online);
    operatorDesk =
        new MqttFleetCommandTransport(FleetSettings.anonymous(broker.url(), "it-desk-test"));

    ObjectNode message = new ObjectMapper().createObjectNode();
    message.put("vi", "Máy tạm dừng lúc 12 giờ").put("en", "Paused at noon").put("minutes", 10);
    SignedCommand show = sign("c-show-1", CommandType.SHOW_MESSAGE, message);
    CommandAck shown = send(show);
    assertThat(shown.status()).isEqualTo(AckStatus.DONE);
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).english()).isEqualTo("Paused at noon");

    CommandAck screenshot = send(sign("c-shot-1", CommandType.SCREENSHOT, null));
    assertThat(screenshot.status()).isEqualTo(AckStatus.DONE);
    byte[] png = Base64.getDecoder().decode(screenshot.result().orElseThrow().get("png").asText());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(540);
    assertThat(image.getHeight()).isEqualTo(960);

    patientOnScreen.set(true);
    CommandAck refused = send(sign("c-shot-2", CommandType.SCREENSHOT, null));
    assertThat(refused.status()).isEqualTo(AckStatus.FAILED);
    assertThat(refused.detail()).contains("patient's session is on screen");
    assertThat(refused.result()).isEmpty();
    patientOnScreen.set(false);

    CommandAck logs = send(sign("c-logs-1", CommandType.SEND_LOGS, null));
    assertThat(logs.status()).isEqualTo(AckStatus.DONE);
    assertThat(logs.result().orElseThrow().get("lines").get(0).asText())
        .endsWith("card 079******234 read");

    ObjectNode maintenanceArgs = new ObjectMapper().createObjectNode();
    assertThat(send(sign("c-maint-1", CommandType.MAINTENANCE_ON, maintenanceArgs)).status())
        .isEqualTo(AckStatus.DONE);
    assertThat(maintenance).containsExactly(true);

    // A CSCA list with a document signer in it is refused whole; the folder keeps its list.
    TestIssuer next = TestIssuer.generate("TiepDon next CSCA", Clock.systemUTC());
    ObjectNode badList = new ObjectMapper().createObjectNode();
    badList.putArray("certificates").add(pem(next.csca())).add(pem(next.documentSigner()));
    CommandAck badCsca = send(sign("c-csca-1", CommandType.UPDATE_CSCA_LIST, badList));
    assertThat(badCsca.status()).isEqualTo(AckStatus.FAILED);
    assertThat(badCsca.detail()).contains("is not a CA certificate");
    assertThat(CscaTrustStore.fromDirectory(home.resolve("csca")).certificates())
        .containsExactly(csca.csca());
    ObjectNode goodList = new ObjectMapper().createObjectNode();
    goodList.putArray("certificates").add(pem(next.csca()));
    assertThat(send(sign("c-csca-2", CommandType.UPDATE_CSCA_LIST, goodList)).status())
        .isEqualTo(AckStatus.DONE);
    assertThat(CscaTrustStore.fromDirectory(home.resolve("csca")).certificates())
        .containsExactly(next.csca());
    assertThat(reloads.get(reloads.size() - 1).issuerOf(next.documentSigner()))
        .contains(next.csca());

    // The same signed bytes again, as an attacker who recorded them would send: refused, not run.
    acks.clear();
    operatorDesk.send(show, acks::add);
    await().atMost(Duration.ofSeconds(30)).until(() -> !acks.isEmpty());
    assertThat(acks.get(0).status()).isEqualTo(AckStatus.REJECTED_REPLAY);
    assertThat(notices).hasSize(1);

    // A new bundle over MQTT: a bundle for another kiosk is refused, the right one installed,
    // its CSCA list written and the kiosk restarted to apply it.
    TestIssuer third = TestIssuer.generate("TiepDon third CSCA", Clock.systemUTC());
    ObjectNode otherKiosk = new ObjectMapper().createObjectNode();
    otherKiosk.set(
        "bundle",
        new ObjectMapper()
            .readTree(signedBundle(remote.identity().publicKey(), "k02", third.csca())));
    CommandAck refusedBundle =
        send(sign("c-bundle-1", CommandType.REPLACE_CONFIG_BUNDLE, otherKiosk));
    assertThat(refusedBundle.status()).isEqualTo(AckStatus.FAILED);
    assertThat(refusedBundle.detail()).contains("OTHER_KIOSK");
    int exitsBefore = exits.size();
    ObjectNode replacement = new ObjectMapper().createObjectNode();
    replacement.set(
        "bundle",
        new ObjectMapper()
            .readTree(signedBundle(remote.identity().publicKey(), "k01", third.csca())));
    CommandAck replaced = send(sign("c-bundle-2", CommandType.REPLACE_CONFIG_BUNDLE, replacement));
    assertThat(replaced.status()).isEqualTo(AckStatus.DONE);
    assertThat(CscaTrustStore.fromDirectory(home.resolve("csca")).certificates())
        .containsExactly(third.csca());
    await().atMost(Duration.ofSeconds(10)).until(() -> exits.size() > exitsBefore);
    assertThat(exits).containsOnly(75);

    assertThat(remote.recentCommands(20))
        .extracting(CommandLog.Entry::commandId, CommandLog.Entry::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("c-show-1", AckStatus.DONE),
            org.assertj.core.groups.Tuple.tuple("c-shot-2", AckStatus.FAILED),
            org.assertj.core.groups.Tuple.tuple("c-show-1", AckStatus.REJECTED_REPLAY));
  }

  @Test
  void aKioskThatIsNotEnrolledRefusesEveryCommandAsUnsigned() throws Exception {
    DataSource database = ProvisioningDatabase.sqlite(home.resolve("data/kiosk.db"));
    remote = open(database);
    telemetry = telemetry(database);
    assertThat(remote.start(telemetry)).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(telemetry::online);
    operatorDesk =
        new MqttFleetCommandTransport(FleetSettings.anonymous(broker.url(), "it-desk-test-2"));

    CommandAck ack = send(sign("c-restart-1", CommandType.RESTART, null));

    assertThat(ack.status()).isEqualTo(AckStatus.REJECTED_SIGNATURE);
    assertThat(ack.detail()).contains("is not listed in this kiosk's bundle");
    assertThat(exits).isEmpty();
  }

  private RemoteManagement open(DataSource database) {
    EnrolmentSettings settings =
        new EnrolmentSettings(
            home.resolve("data/kiosk.p12"),
            PASSWORD_ENV,
            hospitalKey,
            home.resolve("data/bundle.enc"),
            null);
    RemoteKioskControl control =
        new RemoteKioskControl(
            maintenance::add,
            notices::add,
            patientOnScreen::get,
            () -> {},
            exits::add,
            Duration.ZERO,
            clock);
    KioskPorts ports =
        new KioskPorts(
            control,
            new KioskLogTail(home.resolve("logs/tiepdon.log")),
            new FxScreenCapture(() -> scene, patientOnScreen::get, Duration.ofSeconds(10)),
            new CscaFolder(home.resolve("csca"), reloads::add));
    return RemoteManagement.open(settings, ENVIRONMENT::get, KIOSK, database, clock, ports);
  }

  private MqttTelemetry telemetry(DataSource database) {
    TelemetrySettings settings =
        new TelemetrySettings(
            broker.url(),
            KIOSK.site().value(),
            KIOSK.kiosk().value(),
            null,
            null,
            null,
            Duration.ofHours(1),
            Duration.ofSeconds(10),
            Duration.ofMillis(100),
            Duration.ofSeconds(2),
            null);
    return new MqttTelemetry(
        settings,
        database,
        clock,
        new HealthSources(
            "0.1.0-test",
            List::of,
            () -> new QueueFigures(0, 0, 0),
            new RecentErrors(clock, 5),
            HostProbe.linux(home)));
  }

  private byte[] signedBundle(Ed25519PublicKey kioskKey) {
    return signedBundle(kioskKey, KIOSK.kiosk().value(), csca.csca());
  }

  private byte[] signedBundle(
      Ed25519PublicKey kioskKey, String kioskId, java.security.cert.X509Certificate cscaCert) {
    Instant now = clock.instant();
    EnrolmentBundle bundle =
        new EnrolmentBundle(
            KIOSK.site(),
            new vn.tiepdon.provisioning.topic.KioskId(kioskId),
            Optional.of(kioskKey),
            now.minus(Duration.ofMinutes(1)),
            now.plus(Duration.ofDays(7)),
            new EnrolmentBundle.Broker(
                URI.create(broker.url()), "bv-test/k01", "not-used", Optional.empty()),
            new ObjectMapper().createObjectNode(),
            List.of(pem(cscaCert)),
            new EnrolmentBundle.BankAccount("970436", "0011001234567", "BENH VIEN TEST"),
            URI.create("https://his.bv-test.local/fhir"),
            List.of(
                new EnrolmentBundle.OperatorKey(
                    "it-lan", new Ed25519PublicKey(operator.getPublic()))));
    return new BundleSigner(hospital.getPrivate(), hospitalKey).sign(bundle).toBytes();
  }

  private SignedCommand sign(String id, CommandType type, ObjectNode args) {
    return signer.sign(
        RemoteCommand.issue(
            new CommandId(id),
            KIOSK,
            type,
            args,
            clock.instant(),
            Duration.ofMinutes(5),
            signer.keyId()));
  }

  /** Sends a command and waits for its final ack (after ACCEPTED, or a rejection). */
  private CommandAck send(SignedCommand command) {
    acks.clear();
    operatorDesk.send(command, acks::add);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> acks.stream().anyMatch(a -> a.status() != AckStatus.ACCEPTED));
    return acks.stream().filter(a -> a.status() != AckStatus.ACCEPTED).findFirst().orElseThrow();
  }

  private static String pem(java.security.cert.X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
