package vn.tiepdon.provisioning.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.sqlite.SqliteCommandJournal;
import vn.tiepdon.provisioning.testing.MutableClock;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

class CommandVerifierTest {
  private static final KioskRef SELF = KioskRef.of("bv-a", "k01");
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Duration MAX_LIFETIME = Duration.ofHours(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  private final MutableClock clock = new MutableClock(T0);
  private final KeyPair operator = Ed25519.generate();
  private final Ed25519PublicKey operatorKey = new Ed25519PublicKey(operator.getPublic());
  private final CommandSigner signer = new CommandSigner(operator.getPrivate(), operatorKey);
  private final CommandCodec codec = new CommandCodec();
  private DataSource database;
  private CommandVerifier verifier;

  @BeforeEach
  void setUp() {
    database = ProvisioningDatabase.sqlite(folder.resolve("kiosk.db"));
    verifier = verifierOn(database);
  }

  private CommandVerifier verifierOn(DataSource db) {
    return new CommandVerifier(
        SELF,
        OperatorKeys.of(List.of(operatorKey)),
        new SqliteCommandJournal(db),
        clock,
        MAX_LIFETIME);
  }

  private RemoteCommand command(String id, KioskRef target, Duration ttl) {
    ObjectNode args = JSON.createObjectNode().put("vi", "Máy tạm dừng").put("en", "Paused");
    return RemoteCommand.issue(
        new CommandId(id),
        target,
        CommandType.SHOW_MESSAGE,
        args,
        clock.instant(),
        ttl,
        signer.keyId());
  }

  private byte[] signed(RemoteCommand command) {
    return codec.encode(signer.sign(command));
  }

  private static Verdict.Rejected rejected(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    return (Verdict.Rejected) verdict;
  }

  @Test
  void acceptsAFreshCommandSignedByAListedOperator() {
    RemoteCommand command = command("c-1", SELF, Duration.ofMinutes(5));

    Verdict verdict = verifier.check(signed(command));

    assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
    assertThat(((Verdict.Accepted) verdict).command().command()).isEqualTo(command);
  }

  @Test
  void theSameCommandTwiceIsAReplayEvenAfterARestart() {
    byte[] payload = signed(command("c-1", SELF, Duration.ofMinutes(5)));
    assertThat(verifier.check(payload)).isInstanceOf(Verdict.Accepted.class);

    assertThat(rejected(verifier.check(payload)).status()).isEqualTo(AckStatus.REJECTED_REPLAY);
    CommandVerifier afterRestart =
        verifierOn(ProvisioningDatabase.sqlite(folder.resolve("kiosk.db")));
    Verdict.Rejected again = rejected(afterRestart.check(payload));
    assertThat(again.status()).isEqualTo(AckStatus.REJECTED_REPLAY);
    assertThat(again.detail()).contains("c-1").contains("already received");
  }

  @Test
  void aNewNonceDoesNotMakeAUsedCommandIdNew() {
    assertThat(verifier.check(signed(command("c-1", SELF, Duration.ofMinutes(5)))))
        .isInstanceOf(Verdict.Accepted.class);

    Verdict second = verifier.check(signed(command("c-1", SELF, Duration.ofMinutes(5))));

    assertThat(rejected(second).status()).isEqualTo(AckStatus.REJECTED_REPLAY);
  }

  @Test
  void refusesAnUnsignedCommand() {
    byte[] unsigned =
        codec.encode(
            new SignedCommand(
                command("c-1", SELF, Duration.ofMinutes(5)), new byte[0], new byte[0]));

    Verdict.Rejected verdict = rejected(verifier.check(unsigned));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_SIGNATURE);
    assertThat(verdict.detail()).isEqualTo("command is not signed");
  }

  @Test
  void refusesACommandChangedAfterSigning() throws Exception {
    ObjectNode json =
        (ObjectNode) JSON.readTree(signed(command("c-1", SELF, Duration.ofMinutes(5))));
    ((ObjectNode) json.get("args")).put("en", "Closed for good");

    Verdict.Rejected verdict = rejected(verifier.check(JSON.writeValueAsBytes(json)));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_SIGNATURE);
    assertThat(verdict.detail()).contains("signature does not match");
  }

  @Test
  void aMemberAddedOnTheWayBreaksTheSignature() throws Exception {
    ObjectNode json =
        (ObjectNode) JSON.readTree(signed(command("c-1", SELF, Duration.ofMinutes(5))));
    json.put("priority", "urgent");

    assertThat(rejected(verifier.check(JSON.writeValueAsBytes(json))).status())
        .isEqualTo(AckStatus.REJECTED_SIGNATURE);
  }

  @Test
  void whitespaceAndKeyOrderDoNotBreakTheSignature() throws Exception {
    ObjectNode json =
        (ObjectNode) JSON.readTree(signed(command("c-1", SELF, Duration.ofMinutes(5))));
    ObjectNode reordered = JSON.createObjectNode();
    List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(name -> reordered.set(name, json.get(name)));

    byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(reordered);

    assertThat(verifier.check(pretty)).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void refusesAKeyTheBundleDoesNotList() {
    KeyPair stranger = Ed25519.generate();
    Ed25519PublicKey strangerKey = new Ed25519PublicKey(stranger.getPublic());
    CommandSigner strangerSigner = new CommandSigner(stranger.getPrivate(), strangerKey);
    RemoteCommand command =
        RemoteCommand.issue(
            new CommandId("c-1"),
            SELF,
            CommandType.RESTART,
            null,
            clock.instant(),
            Duration.ofMinutes(5),
            strangerKey.keyId());

    Verdict.Rejected verdict = rejected(verifier.check(codec.encode(strangerSigner.sign(command))));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_SIGNATURE);
    assertThat(verdict.detail()).contains(strangerKey.keyId()).contains("not listed");
  }

  @Test
  void aStrangerCannotSignInAListedOperatorsName() {
    KeyPair stranger = Ed25519.generate();
    RemoteCommand command = command("c-1", SELF, Duration.ofMinutes(5));
    byte[] forged = Ed25519.sign(stranger.getPrivate(), codec.signedBytes(command));

    Verdict.Rejected verdict =
        rejected(
            verifier.check(
                codec.encode(new SignedCommand(command, codec.signedBytes(command), forged))));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_SIGNATURE);
  }

  @Test
  void aForgedCommandDoesNotUseUpItsNonce() {
    RemoteCommand command = command("c-1", SELF, Duration.ofMinutes(5));
    byte[] forged = new byte[64];
    verifier.check(codec.encode(new SignedCommand(command, codec.signedBytes(command), forged)));

    assertThat(verifier.check(signed(command))).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void refusesACommandForAnotherKiosk() {
    Verdict.Rejected verdict =
        rejected(
            verifier.check(
                signed(command("c-1", KioskRef.of("bv-a", "k02"), Duration.ofMinutes(5)))));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_TARGET);
    assertThat(verdict.detail()).isEqualTo("command is for bv-a/k02, this kiosk is bv-a/k01");
  }

  @Test
  void refusesACommandForTheSameKioskIdAtAnotherSite() {
    assertThat(
            rejected(
                    verifier.check(
                        signed(command("c-1", KioskRef.of("bv-b", "k01"), Duration.ofMinutes(5)))))
                .status())
        .isEqualTo(AckStatus.REJECTED_TARGET);
  }

  @Test
  void refusesAnExpiredCommand() {
    byte[] payload = signed(command("c-1", SELF, Duration.ofMinutes(5)));
    clock.advance(Duration.ofMinutes(5));

    Verdict.Rejected verdict = rejected(verifier.check(payload));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_EXPIRED);
    assertThat(verdict.detail()).contains("expired at 2026-12-01T08:05:00Z");
  }

  @Test
  void refusesACommandFromTooFarInTheFuture() {
    clock.advance(Duration.ofMinutes(10));
    byte[] payload = signed(command("c-1", SELF, Duration.ofMinutes(5)));
    clock.advance(Duration.ofMinutes(-10));

    Verdict.Rejected verdict = rejected(verifier.check(payload));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_EXPIRED);
    assertThat(verdict.detail()).contains("not valid before");
  }

  @Test
  void toleratesAnOperatorClockSlightlyAhead() {
    clock.advance(Duration.ofMinutes(1));
    byte[] payload = signed(command("c-1", SELF, Duration.ofMinutes(5)));
    clock.advance(Duration.ofMinutes(-1));

    assertThat(verifier.check(payload)).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void refusesACommandValidForLongerThanTheKioskAllows() {
    Verdict.Rejected verdict =
        rejected(verifier.check(signed(command("c-1", SELF, Duration.ofDays(30)))));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_EXPIRED);
    assertThat(verdict.detail()).contains("at most PT1H");
  }

  @Test
  void namesWhatIsWrongWithAMalformedCommand() {
    assertThat(rejected(verifier.check("not json".getBytes(UTF_8))).detail())
        .startsWith("command is not JSON");
    assertThat(rejected(verifier.check("[]".getBytes(UTF_8))).detail())
        .isEqualTo("command must be a JSON object");
    assertThat(
            rejected(verifier.check("{\"format\":\"tiepdon-command/1\"}".getBytes(UTF_8))).detail())
        .isEqualTo("id is required");
    assertThat(rejected(verifier.check(new byte[0])).status())
        .isEqualTo(AckStatus.REJECTED_MALFORMED);
  }

  @Test
  void namesABadFieldValue() throws Exception {
    ObjectNode json =
        (ObjectNode) JSON.readTree(signed(command("c-1", SELF, Duration.ofMinutes(5))));
    json.put("type", "SELF_DESTRUCT");
    assertThat(rejected(verifier.check(JSON.writeValueAsBytes(json))).detail()).startsWith("type:");

    json.put("type", "RESTART").put("expiresAt", "tomorrow");
    assertThat(rejected(verifier.check(JSON.writeValueAsBytes(json))).detail())
        .isEqualTo("expiresAt must be an ISO-8601 UTC instant, was 'tomorrow'");
  }

  @Test
  void theSignerRefusesAKeyIdThatIsNotItsOwn() {
    RemoteCommand command =
        RemoteCommand.issue(
            new CommandId("c-1"),
            SELF,
            CommandType.RESTART,
            null,
            T0,
            Duration.ofMinutes(5),
            "0000000000000000");

    assertThatThrownBy(() -> signer.sign(command))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0000000000000000");
  }

  @Test
  void expiredNoncesCanBeForgotten() {
    SqliteCommandJournal journal = new SqliteCommandJournal(database);
    assertThat(journal.firstUse("n".repeat(16), new CommandId("a"), T0.plusSeconds(60), T0))
        .isTrue();
    assertThat(journal.firstUse("m".repeat(16), new CommandId("b"), T0.plusSeconds(600), T0))
        .isTrue();

    assertThat(journal.forgetExpired(T0.plusSeconds(120))).isEqualTo(1);
    assertThat(journal.firstUse("m".repeat(16), new CommandId("c"), T0.plusSeconds(600), T0))
        .isFalse();
  }

  @Test
  void acceptingACommandForgetsNoncesExpiredMoreThanADayAgo() {
    SqliteCommandJournal journal = new SqliteCommandJournal(database);
    journal.firstUse("o".repeat(16), new CommandId("old"), T0.minus(Duration.ofDays(2)), T0);
    journal.firstUse("r".repeat(16), new CommandId("recent"), T0.minus(Duration.ofHours(2)), T0);

    assertThat(verifier.check(signed(command("c-1", SELF, Duration.ofMinutes(5)))))
        .isInstanceOf(Verdict.Accepted.class);

    assertThat(journal.firstUse("o".repeat(16), new CommandId("old"), T0, T0)).isTrue();
    assertThat(journal.firstUse("r".repeat(16), new CommandId("recent"), T0, T0)).isFalse();
  }

  @Test
  void aDuplicateMemberIsMalformedNotGuessed() {
    String signed = new String(signed(command("c-1", SELF, Duration.ofMinutes(5))), UTF_8);
    String doubled =
        signed.replace(
            "\"type\":\"SHOW_MESSAGE\"", "\"type\":\"SHOW_MESSAGE\",\"type\":\"RESTART\"");

    Verdict.Rejected verdict = rejected(verifier.check(doubled.getBytes(UTF_8)));

    assertThat(verdict.status()).isEqualTo(AckStatus.REJECTED_MALFORMED);
    assertThat(verdict.detail()).contains("Duplicate field 'type'");
  }
}
