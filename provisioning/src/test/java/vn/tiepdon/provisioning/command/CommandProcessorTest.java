package vn.tiepdon.provisioning.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.enrolment.BundleInstaller;
import vn.tiepdon.provisioning.enrolment.BundleSigner;
import vn.tiepdon.provisioning.enrolment.BundleVerifier;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.enrolment.InstalledBundle;
import vn.tiepdon.provisioning.identity.SigningKeyStore;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.sqlite.SqliteCommandJournal;
import vn.tiepdon.provisioning.testing.BundleFixture;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.SiteId;

/** The processor and the standard handlers on real SQLite, real keys and real bundle files. */
class CommandProcessorTest {
  private static final KioskRef SELF = KioskRef.of("bv-a", "k01");
  private static final Instant NOW = BundleFixture.ISSUED.plus(Duration.ofHours(1));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final BundleFixture keys = new BundleFixture();
  private final CommandSigner operator =
      new CommandSigner(keys.operator.getPrivate(), keys.operatorKey);
  private final CommandCodec codec = new CommandCodec();
  private final List<CommandAck> acks = new ArrayList<>();
  private final List<String> rejections = new ArrayList<>();
  private final List<X509Certificate> installedCsca = new ArrayList<>();
  private final List<EnrolmentBundle> installedBundles = new ArrayList<>();
  private SqliteCommandJournal journal;

  @BeforeEach
  void setUp() {
    journal = new SqliteCommandJournal(ProvisioningDatabase.sqlite(folder.resolve("kiosk.db")));
  }

  private CommandProcessor processor(CommandHandlers handlers) {
    CommandVerifier verifier =
        new CommandVerifier(
            SELF, OperatorKeys.of(List.of(keys.operatorKey)), journal, clock, Duration.ofHours(1));
    return new CommandProcessor(
        SELF,
        verifier,
        handlers,
        journal,
        acks::add,
        (id, status) -> rejections.add(id + " " + status),
        clock);
  }

  private byte[] signed(String id, CommandType type, ObjectNode args) {
    return codec.encode(
        operator.sign(
            RemoteCommand.issue(
                new CommandId(id),
                SELF,
                type,
                args,
                NOW,
                Duration.ofMinutes(5),
                operator.keyId())));
  }

  private void receive(CommandProcessor processor, String id, byte[] payload) {
    processor.receive(SELF.command(new CommandId(id)), payload);
  }

  private List<AckStatus> statuses() {
    return acks.stream().map(CommandAck::status).toList();
  }

  @Test
  void aTypeWithoutHandlerIsUnsupportedAndNotRun() {
    receive(
        processor(CommandHandlers.builder().build()),
        "c-1",
        signed("c-1", CommandType.SCREENSHOT, null));

    assertThat(statuses()).containsExactly(AckStatus.REJECTED_UNSUPPORTED);
    assertThat(acks.get(0).detail()).isEqualTo("this kiosk does not run SCREENSHOT commands");
    assertThat(rejections).containsExactly("c-1 REJECTED_UNSUPPORTED");
  }

  @Test
  void aThrowingHandlerEndsInFailedWithItsReason() {
    CommandHandlers handlers =
        CommandHandlers.builder()
            .on(
                CommandType.RESTART,
                c -> {
                  throw new IllegalStateException("patient session in progress");
                })
            .build();

    receive(processor(handlers), "c-1", signed("c-1", CommandType.RESTART, null));

    assertThat(statuses()).containsExactly(AckStatus.ACCEPTED, AckStatus.FAILED);
    assertThat(acks.get(1).detail())
        .isEqualTo("IllegalStateException: patient session in progress");
    assertThat(rejections).isEmpty();
  }

  @Test
  void theTopicAndTheBodyMustNameTheSameCommand() {
    receive(
        processor(CommandHandlers.builder().build()),
        "c-2",
        signed("c-1", CommandType.RESTART, null));

    assertThat(statuses()).containsExactly(AckStatus.REJECTED_MALFORMED);
    assertThat(acks.get(0).commandId()).isEqualTo(new CommandId("c-2"));
    assertThat(acks.get(0).detail())
        .isEqualTo("topic names command c-2 but the command's id is c-1");
  }

  @Test
  void badArgumentsAreNamedInAFailedAck() {
    CommandHandlers handlers =
        CommandHandlers.builder()
            .on(CommandType.SHOW_MESSAGE, StandardHandlers.showMessage(new NoKiosk()))
            .on(CommandType.SEND_LOGS, StandardHandlers.sendLogs(max -> List.of()))
            .build();
    CommandProcessor processor = processor(handlers);

    receive(
        processor,
        "c-1",
        signed("c-1", CommandType.SHOW_MESSAGE, JSON.createObjectNode().put("vi", "x")));
    receive(
        processor,
        "c-2",
        signed("c-2", CommandType.SEND_LOGS, JSON.createObjectNode().put("lines", 5000)));

    assertThat(acks.get(1).detail()).isEqualTo("arguments: en is required (the message text)");
    assertThat(acks.get(3).detail())
        .isEqualTo("arguments: lines must be a whole number 1-500, was 5000");
  }

  @Test
  void logsAreBoundedAndMasked() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      lines.add("line " + i + " id 001203004005 " + "x".repeat(600));
    }
    CommandHandlers handlers =
        CommandHandlers.builder()
            .on(CommandType.SEND_LOGS, StandardHandlers.sendLogs(max -> lines))
            .build();

    receive(
        processor(handlers),
        "c-1",
        signed("c-1", CommandType.SEND_LOGS, JSON.createObjectNode().put("lines", 500)));

    var result = acks.get(1).result().orElseThrow();
    assertThat(result.get("truncated").asBoolean()).isTrue();
    assertThat(result.get("lines").size()).isLessThan(400);
    assertThat(result.get("lines").get(result.get("lines").size() - 1).asText())
        .startsWith("line 399 id 001******005 ");
    assertThat(codec.encode(acks.get(1)).length).isLessThan(StandardHandlers.MAX_LOG_BYTES + 4096);
    assertThat(new String(codec.encode(acks.get(1)), StandardCharsets.UTF_8))
        .doesNotContain("001203004005");
  }

  @Test
  void aScreenCaptureThatIsNotAPngFails() {
    CommandHandlers handlers =
        CommandHandlers.builder()
            .on(
                CommandType.SCREENSHOT,
                StandardHandlers.screenshot(
                    () -> "GIF89a....................".getBytes(StandardCharsets.US_ASCII)))
            .build();

    receive(processor(handlers), "c-1", signed("c-1", CommandType.SCREENSHOT, null));

    assertThat(statuses()).containsExactly(AckStatus.ACCEPTED, AckStatus.FAILED);
    assertThat(acks.get(1).detail()).contains("did not return a PNG");
  }

  @Test
  void updatesTheCscaListFromPemAndRefusesGarbage() {
    CommandHandlers handlers =
        CommandHandlers.builder()
            .on(
                CommandType.UPDATE_CSCA_LIST,
                StandardHandlers.updateCscaList(installedCsca::addAll))
            .build();
    CommandProcessor processor = processor(handlers);
    ObjectNode good = JSON.createObjectNode();
    keys.csca.forEach(good.putArray("certificates")::add);
    ObjectNode bad = JSON.createObjectNode();
    bad.putArray("certificates").add(keys.csca.get(0)).add("hello");

    receive(processor, "c-1", signed("c-1", CommandType.UPDATE_CSCA_LIST, good));
    receive(processor, "c-2", signed("c-2", CommandType.UPDATE_CSCA_LIST, bad));

    assertThat(acks.get(1).status()).isEqualTo(AckStatus.DONE);
    assertThat(installedCsca).hasSize(2);
    assertThat(installedCsca.get(0).getSubjectX500Principal().getName())
        .isEqualTo("CN=CSCA Viet Nam test 1");
    assertThat(acks.get(3).detail())
        .startsWith("arguments: certificates[1] is not a PEM certificate");
  }

  @Test
  void replacesTheBundleOnlyWithAValidOne() throws Exception {
    SigningKeyStore keystore =
        SigningKeyStore.create(folder.resolve("kiosk.p12"), "pw".toCharArray(), "kiosk k01", clock);
    BundleInstaller installer =
        new BundleInstaller(
            new BundleVerifier(
                keys.hospitalKey,
                new KioskId("k01"),
                Optional.of(keys.kioskKey),
                Optional.of(new SiteId("bv-a")),
                clock),
            new InstalledBundle(folder.resolve("bundle.enc"), keystore.secretsKey().orElseThrow()),
            installedBundles::add);
    CommandHandlers handlers =
        CommandHandlers.builder()
            .on(CommandType.REPLACE_CONFIG_BUNDLE, StandardHandlers.replaceBundle(installer))
            .build();
    CommandProcessor processor = processor(handlers);
    BundleSigner hospital = new BundleSigner(keys.hospital.getPrivate(), keys.hospitalKey);
    ObjectNode good = JSON.createObjectNode();
    good.set("bundle", hospital.sign(keys.bundle("bv-a", "k01")).toJson());
    ObjectNode otherHospital = JSON.createObjectNode();
    otherHospital.set("bundle", hospital.sign(keys.bundle("bv-b", "k01")).toJson());

    receive(processor, "c-1", signed("c-1", CommandType.REPLACE_CONFIG_BUNDLE, good));
    receive(processor, "c-2", signed("c-2", CommandType.REPLACE_CONFIG_BUNDLE, otherHospital));

    assertThat(statuses())
        .containsExactly(AckStatus.ACCEPTED, AckStatus.DONE, AckStatus.ACCEPTED, AckStatus.FAILED);
    assertThat(acks.get(3).detail()).startsWith("bundle refused (OTHER_HOSPITAL)");
    assertThat(installedBundles).hasSize(1);
    assertThat(Files.exists(folder.resolve("bundle.enc"))).isTrue();
    assertThat(installer.current().orElseThrow().hospital()).isEqualTo(new SiteId("bv-a"));
  }

  @Test
  void masksIdNumbersButLeavesShortNumbersAlone() {
    assertThat(IdMasking.mask("citizen 079123456234 ticket A-012 at 08:03, cmnd 123456789"))
        .isEqualTo("citizen 079******234 ticket A-012 at 08:03, cmnd 123***789");
  }

  private static final class NoKiosk implements KioskControl {
    @Override
    public void restart() {}

    @Override
    public void maintenance(boolean on) {}

    @Override
    public void showMessage(String vietnamese, String english, Duration duration) {}
  }
}
