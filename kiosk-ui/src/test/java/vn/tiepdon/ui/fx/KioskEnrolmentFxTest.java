package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.devices.sim.SimulatedScanner;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.RemoteCommand;
import vn.tiepdon.provisioning.enrolment.BundleQrCodes;
import vn.tiepdon.provisioning.enrolment.BundleSigner;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.fleet.FleetCallback;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.fleet.Liveness;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.mqtt.MqttFleetCommandTransport;
import vn.tiepdon.provisioning.mqtt.MqttTelemetryFeed;
import vn.tiepdon.provisioning.telemetry.EventType;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.SiteId;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;
import vn.tiepdon.ui.remote.ProvisioningSection;

/**
 * Enrolment at the kiosk, headless and end to end: the staff screen shows the enrolment request as
 * a QR code and the status; the hospital's bundle, signed with the provisioning API and cut into QR
 * codes, is scanned through the kiosk's own (simulated) scanner and installed, or refused with the
 * reason on screen; after the restart the kiosk reports to the bundle's broker with the bundle's
 * login (embedded HiveMQ CE that checks passwords), delivers what its outbox kept, and shows IT's
 * signed {@code SHOW_MESSAGE} on the attract screen until it ends.
 */
@ExtendWith(ApplicationExtension.class)
class KioskEnrolmentFxTest {
  private static final String SITE = "bv-demo";
  private static final String KIOSK = "kiosk-demo-01";
  private static final String KIOSK_LOGIN = SITE + "/" + KIOSK;
  private static final String KIOSK_PASSWORD = "bundle-only-secret";
  private static final String NO_BROKER = "tcp://127.0.0.1:1";

  /** A made-up citizen's CCCD QR (not a real person). */
  private static final String CCCD_QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  @TempDir Path home;
  @TempDir Path brokerHome;

  private final MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final KeyPair hospital = Ed25519.generate();
  private final Ed25519PublicKey hospitalKey = new Ed25519PublicKey(hospital.getPublic());
  private final KeyPair operator = Ed25519.generate();
  private final TestIssuer csca = TestIssuer.generate("TiepDon enrolment test CSCA", clock);
  private final List<Integer> exits = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private Stage stage;
  private KioskAssembly kiosk;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void closeAll() throws Exception {
    if (kiosk != null) {
      kiosk.close();
    }
    Collections.reverse(toClose);
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  @Test
  void aBundleScannedAtTheStaffScreenEnrolsTheKioskWhichThenReportsToTheBundlesBroker(FxRobot robot)
      throws Exception {
    LoginBroker broker =
        LoginBroker.start(
            brokerHome, Map.of(KIOSK_LOGIN, KIOSK_PASSWORD, "fleet", "fleet-password"));
    toClose.add(broker);
    List<EventMessage> events = new CopyOnWriteArrayList<>();
    List<Health> healths = new CopyOnWriteArrayList<>();
    toClose.add(listen(broker, events, healths));

    // First boot: the YAML broker is unreachable; a patient calls staff meanwhile (an event that
    // waits in the outbox).
    KioskDriver k = show(robot, NO_BROKER);
    k.click("#call-staff");
    k.waitFor("#staff-called");
    k.click("#next");
    k.waitFor("#attract");

    openStaffScreen(robot, k);
    assertThat(k.text("#staff-enrolment-open")).endsWith("chưa đăng ký");
    k.click("#staff-enrolment-open");
    k.waitFor("#enrolment-qr");
    String request = kiosk.remote().orElseThrow().enrolmentQrText();
    assertThat(request).startsWith("TDR1:");
    assertThat(qrShownIn(robot, "#enrolment-qr")).isEqualTo(request);
    assertThat(robot.lookup("#enrolment-qr").queryAs(ImageView.class).getImage().getWidth())
        .isGreaterThanOrEqualTo(300);
    assertThat(k.text("#enrolment-not-enrolled")).startsWith("Chưa đăng ký");

    // IT scans the request, signs a bundle for this kiosk's key and prints it as QR codes; staff
    // scan them, last first.
    Ed25519PublicKey kioskKey = kiosk.remote().orElseThrow().identity().publicKey();
    List<String> codes =
        BundleQrCodes.split(
            bundle(kioskKey, KIOSK, hospital, clock.instant(), Duration.ofDays(30), broker.url()),
            BundleQrCodes.DEFAULT_CHUNK);
    assertThat(codes).hasSizeGreaterThan(1);
    List<FlowState> states = recordStates();
    scanner().scan(codes.get(codes.size() - 1));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                k.text("#enrolment-scan")
                    .equals(
                        "Đã quét 1/"
                            + codes.size()
                            + " mã của gói cấu hình. Còn thiếu mã số: "
                            + missingBut(codes.size())));
    for (int i = codes.size() - 2; i >= 0; i--) {
      scanner().scan(codes.get(i));
    }
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                k.text("#enrolment-scan").startsWith("Đã cài gói cấu hình của bệnh viện bv-demo"));
    KioskFlowFxTest.saveScreenshot(robot, "enrolment-installed");
    assertThat(states).allMatch(s -> s instanceof FlowState.Attract);

    // The kiosk restarts to apply the bundle (it closes itself, then exits with 75). The demo
    // names no chip.cscaFolder, so the bundle's CSCA list goes to the data folder.
    await().atMost(Duration.ofSeconds(30)).until(() -> exits.contains(75));
    assertThat(Files.exists(home.resolve("data/bundle.enc"))).isTrue();
    assertThat(CscaTrustStore.fromDirectory(home.resolve("data/csca")).certificates())
        .contains(csca.csca());
    kiosk = null;

    // After the restart the same YAML still names no broker, but the bundle does: the kiosk logs in
    // with the bundle's user and password, and the event kept in the outbox arrives.
    KioskDriver k2 = show(robot, NO_BROKER);
    await().atMost(Duration.ofSeconds(60)).until(() -> broker.admitted().contains(KIOSK_LOGIN));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> events.stream().anyMatch(e -> e.type() == EventType.STAFF_CALLED));
    await().atMost(Duration.ofSeconds(60)).until(() -> !healths.isEmpty());
    assertThat(events.get(0).kiosk()).isEqualTo(new KioskId(KIOSK));

    openStaffScreen(robot, k2);
    assertThat(k2.text("#staff-enrolment-open")).contains("đã đăng ký bv-demo/kiosk-demo-01");
    assertThat(k2.text("#staff-reports"))
        .isEqualTo("Báo cáo tới: bv-demo/kiosk-demo-01 @ " + broker.url());
    k2.click("#staff-enrolment-open");
    assertThat(k2.text("#enrolment-enrolled"))
        .isEqualTo("Đã đăng ký với bệnh viện bv-demo, mã kiosk kiosk-demo-01");
    assertThat(k2.text("#enrolment-broker"))
        .isEqualTo("Máy chủ giám sát: 127.0.0.1:" + broker.port());
    assertThat(k2.text("#enrolment-csca")).isEqualTo("Danh sách CSCA: 1 chứng thư");
    assertThat(k2.text("#enrolment-expires")).startsWith("Gói cấu hình hết hạn: ");
    KioskFlowFxTest.saveScreenshot(robot, "enrolment-enrolled");
    k2.click("#staff-close");
    k2.waitFor("#attract");

    // IT's notice, signed by the operator the bundle lists, over the same broker.
    try (MqttFleetCommandTransport desk =
        new MqttFleetCommandTransport(
            new FleetSettings(broker.url(), "it-desk-enrol", "fleet", "fleet-password", "", ""))) {
      showMessage(
          desk,
          "c-notice-1",
          "Kiosk tạm ngừng lúc 12 giờ để bảo trì",
          "The kiosk pauses at noon for maintenance");
      k2.waitForText("#it-notice-first", "Kiosk tạm ngừng lúc 12 giờ để bảo trì");
      k2.waitForText("#it-notice-second", "The kiosk pauses at noon for maintenance");
      KioskFlowFxTest.saveScreenshot(robot, "it-notice");

      // Not over a patient's session: gone once a patient starts, back on the attract screen.
      k2.click("#start");
      k2.waitFor("#language");
      await().atMost(Duration.ofSeconds(10)).until(() -> !visible(robot, "#it-notice"));
      k2.click("#cancel");
      k2.waitFor("#attract");
      await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#it-notice"));

      // At its end time it goes.
      clock.advance(Duration.ofMinutes(11));
      await().atMost(Duration.ofSeconds(10)).until(() -> !visible(robot, "#it-notice"));

      // A later one is taken down by staff on site before its end.
      showMessage(desk, "c-notice-2", "Quầy 3 đóng cửa", "Desk 3 is closed");
      k2.waitForText("#it-notice-first", "Quầy 3 đóng cửa");
      openStaffScreen(robot, k2);
      k2.click("#staff-clear-notice");
      k2.waitForText("#staff-result", "Đã gỡ thông báo khỏi màn hình chào.");
      assertThat(robot.lookup("#staff-clear-notice").tryQuery()).isEmpty();
      k2.click("#staff-close");
      k2.waitFor("#attract");
      await().atMost(Duration.ofSeconds(10)).until(() -> !visible(robot, "#it-notice"));
    }
  }

  /** Sends a signed SHOW_MESSAGE for 10 minutes and waits for the kiosk's DONE. */
  private void showMessage(MqttFleetCommandTransport desk, String id, String vi, String en) {
    CommandSigner signer =
        new CommandSigner(operator.getPrivate(), new Ed25519PublicKey(operator.getPublic()));
    ObjectNode args = new ObjectMapper().createObjectNode();
    args.put("vi", vi).put("en", en).put("minutes", 10);
    List<CommandAck> acks = new CopyOnWriteArrayList<>();
    desk.send(
        signer.sign(
            RemoteCommand.issue(
                new CommandId(id),
                new KioskRef(new SiteId(SITE), new KioskId(KIOSK)),
                CommandType.SHOW_MESSAGE,
                args,
                clock.instant(),
                Duration.ofMinutes(5),
                signer.keyId())),
        acks::add);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> acks.stream().anyMatch(a -> a.status() == AckStatus.DONE));
  }

  @Test
  void forgedExpiredOrCorruptBundlesAreRefusedWithTheReasonAndNeverReachThePatientFlow(
      FxRobot robot) throws Exception {
    KioskDriver k = show(robot, NO_BROKER);
    Ed25519PublicKey kioskKey = kiosk.remote().orElseThrow().identity().publicKey();
    byte[] good =
        bundle(kioskKey, KIOSK, hospital, clock.instant(), Duration.ofDays(30), NO_BROKER);

    // A bundle code at the patient's scan step is not a CCCD: no "unreadable QR" for the patient,
    // and nothing installed while the staff screen is closed.
    k.click("#start");
    k.click("#lang-vi");
    k.click("#agree");
    k.waitFor("#scan-qr");
    List<FlowState> states = recordStates();
    for (String code : BundleQrCodes.split(good, BundleQrCodes.DEFAULT_CHUNK)) {
      scanner().scan(code);
    }
    scanner().scan(CCCD_QR);
    k.waitFor("#read-chip");
    assertThat(states).noneMatch(s -> s instanceof FlowState.Failure);
    assertThat(Files.exists(home.resolve("data/bundle.enc"))).isFalse();
    k.click("#cancel");
    k.waitFor("#attract");

    openStaffScreen(robot, k);
    k.click("#staff-enrolment-open");
    k.waitFor("#enrolment-qr");

    KeyPair stranger = Ed25519.generate();
    scanAll(bundle(kioskKey, KIOSK, stranger, clock.instant(), Duration.ofDays(30), NO_BROKER));
    k.waitForText(
        "#enrolment-scan",
        "Không cài gói cấu hình: chữ ký không phải của bệnh viện này, hoặc gói đã bị sửa sau khi ký.");

    Instant longAgo = clock.instant().minus(Duration.ofDays(60));
    scanAll(bundle(kioskKey, KIOSK, hospital, longAgo, Duration.ofDays(30), NO_BROKER));
    k.waitForText(
        "#enrolment-scan",
        "Không cài gói cấu hình: gói đã hết hạn; đề nghị phòng CNTT tạo gói mới.");

    scanAll(
        bundle(
            kioskKey, "kiosk-demo-02", hospital, clock.instant(), Duration.ofDays(30), NO_BROKER));
    k.waitForText("#enrolment-scan", "Không cài gói cấu hình: gói này dành cho kiosk khác.");

    // One code damaged in print: the codes join but do not match their checksum.
    List<String> damaged = new ArrayList<>(BundleQrCodes.split(good, BundleQrCodes.DEFAULT_CHUNK));
    String first = damaged.get(0);
    char last = first.charAt(first.length() - 1);
    damaged.set(0, first.substring(0, first.length() - 1) + (last == 'A' ? 'B' : 'A'));
    damaged.forEach(scanner()::scan);
    k.waitForText(
        "#enrolment-scan",
        "Không cài gói cấu hình: một mã QR bị hỏng hoặc thuộc gói khác; hãy quét các mã của cùng một gói.");
    KioskFlowFxTest.saveScreenshot(robot, "enrolment-refused");

    assertThat(Files.exists(home.resolve("data/bundle.enc"))).isFalse();
    assertThat(exits).isEmpty();

    // In English too.
    k.click("#staff-close");
    k.click("#bar-en");
    openStaffScreen(robot, k);
    assertThat(k.text("#staff-enrolment-open")).endsWith("not enrolled");
    k.click("#staff-enrolment-open");
    scanAll(bundle(kioskKey, KIOSK, stranger, clock.instant(), Duration.ofDays(30), NO_BROKER));
    k.waitForText(
        "#enrolment-scan",
        "Bundle not installed: the signature is not this hospital's, or the bundle was changed after signing.");
  }

  private KioskDriver show(FxRobot robot, String yamlBroker) {
    TiepdonConfig demo = KioskTestConfig.demoOn(home, yamlBroker);
    TiepdonConfig config =
        new TiepdonConfig(
            demo.site(),
            demo.kiosk(),
            demo.ui(),
            demo.devices(),
            demo.queue(),
            demo.payment(),
            demo.telemetry(),
            demo.chip(),
            demo.staff(),
            demo.face(),
            demo.his(),
            // The keystore password is read from the named variable; every test machine has HOME.
            new ProvisioningSection(
                "data/kiosk.p12", "HOME", hospitalKey.text(), "data/bundle.enc", null));
    kiosk =
        KioskAssembly.start(
            config, home, CscaTrustStore.of(List.of(csca.csca())), clock, exits::add);
    KioskAssembly shown = kiosk;
    robot.interact(
        () -> {
          stage.setScene(new Scene(KioskWindow.view(shown, clock).root(), 540, 960));
          stage.show();
        });
    KioskDriver driver = new KioskDriver(robot, () -> shown.flow().state());
    driver.waitFor("#attract");
    return driver;
  }

  private void openStaffScreen(FxRobot robot, KioskDriver k) {
    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S)
        .release(KeyCode.S, KeyCode.ALT, KeyCode.CONTROL);
    k.waitFor("#staff-screen");
    for (char digit : "2468".toCharArray()) {
      k.click("#pin-" + digit);
    }
    k.click("#pin-open");
    k.waitFor("#staff-enrolment-open");
  }

  private List<FlowState> recordStates() {
    List<FlowState> states = new CopyOnWriteArrayList<>();
    kiosk.flow().subscribe(snapshot -> states.add(snapshot.state()));
    return states;
  }

  private void scanAll(byte[] bundleFile) {
    BundleQrCodes.split(bundleFile, BundleQrCodes.DEFAULT_CHUNK).forEach(scanner()::scan);
  }

  private SimulatedScanner scanner() {
    return kiosk.devices().simulatedScanner().orElseThrow();
  }

  private static String missingBut(int total) {
    List<String> missing = new ArrayList<>();
    for (int i = 1; i < total; i++) {
      missing.add(String.valueOf(i));
    }
    return String.join(", ", missing);
  }

  private static boolean visible(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
  }

  private byte[] bundle(
      Ed25519PublicKey kioskKey,
      String kioskId,
      KeyPair signedBy,
      Instant issuedAt,
      Duration validFor,
      String brokerUrl) {
    EnrolmentBundle bundle =
        new EnrolmentBundle(
            new SiteId(SITE),
            new KioskId(kioskId),
            Optional.of(kioskKey),
            issuedAt.minus(Duration.ofMinutes(1)),
            issuedAt.plus(validFor),
            new EnrolmentBundle.Broker(
                URI.create(brokerUrl), KIOSK_LOGIN, KIOSK_PASSWORD, Optional.empty()),
            new ObjectMapper().createObjectNode(),
            List.of(pem(csca.csca())),
            new EnrolmentBundle.BankAccount("970436", "0011001234567", "BENH VIEN DEMO"),
            URI.create("https://his.bv-demo.local/fhir"),
            List.of(
                new EnrolmentBundle.OperatorKey(
                    "it-lan", new Ed25519PublicKey(operator.getPublic()))));
    return new BundleSigner(signedBy.getPrivate(), new Ed25519PublicKey(signedBy.getPublic()))
        .sign(bundle)
        .toBytes();
  }

  private static FleetListener listen(
      LoginBroker broker, List<EventMessage> events, List<Health> healths) {
    return MqttTelemetryFeed.listen(
        new FleetSettings(broker.url(), "fleet-enrol-test", "fleet", "fleet-password", "", ""),
        new FleetCallback() {
          @Override
          public void onStatus(KioskStatus status, Liveness liveness) {}

          @Override
          public void onHealth(Health health) {
            healths.add(health);
          }

          @Override
          public void onEvent(EventMessage event) {
            events.add(event);
          }
        });
  }

  private static String qrShownIn(FxRobot robot, String query) throws Exception {
    ImageView view = robot.lookup(query).queryAs(ImageView.class);
    var image = SwingFXUtils.fromFXImage(view.getImage(), null);
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }

  private static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
