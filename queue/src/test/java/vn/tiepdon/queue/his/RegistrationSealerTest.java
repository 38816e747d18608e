package vn.tiepdon.queue.his;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.TicketId;

class RegistrationSealerTest {
  static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
  final OutboxKey key = OutboxKey.random(new SecureRandom());
  final RegistrationSealer sealer = new RegistrationSealer(key, new SecureRandom());

  static VisitRequest visit(String requestKey) {
    CitizenCard card = MadeUpCitizens.all(LocalDate.of(2026, 11, 23)).get(2).card();
    return new VisitRequest(
        RequestKey.of(requestKey),
        SiteId.of("bv-test"),
        ServiceCode.of("NOI"),
        new PatientDetails(card.id(), card.fullName(), card.dateOfBirth(), card.sex()),
        NOW);
  }

  @Test
  void sealsAndOpensTheWholeRequest() {
    VisitRequest visit = visit("k-1");
    SealedRegistration row = sealer.seal(visit, TicketId.random(), NOW);

    assertThat(sealer.open(row)).isEqualTo(visit);
    assertThat(row.keyId()).isEqualTo(key.id()).hasSize(8);
    assertThat(new String(row.sealed(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(visit.patient().citizenId().value());
  }

  @Test
  void everySealingUsesAFreshNonce() {
    VisitRequest visit = visit("k-1");
    TicketId ticket = TicketId.random();

    assertThat(sealer.seal(visit, ticket, NOW).sealed())
        .isNotEqualTo(sealer.seal(visit, ticket, NOW).sealed());
  }

  @Test
  void aFlippedByteOrAMovedRowIsDetected() {
    SealedRegistration row = sealer.seal(visit("k-1"), TicketId.random(), NOW);
    byte[] tampered = row.sealed();
    tampered[tampered.length / 2] ^= 1;
    SealedRegistration altered =
        new SealedRegistration(row.key(), row.ticket(), row.keyId(), tampered, NOW, 0);
    SealedRegistration moved =
        new SealedRegistration(
            RequestKey.of("k-2"), row.ticket(), row.keyId(), row.sealed(), NOW, 0);

    assertThatThrownBy(() -> sealer.open(altered))
        .isInstanceOf(UnreadableRegistrationException.class)
        .hasMessage("outbox registration k-1 cannot be opened: authentication tag does not match");
    assertThatThrownBy(() -> sealer.open(moved))
        .isInstanceOf(UnreadableRegistrationException.class)
        .hasMessageContaining("k-2");
  }

  @Test
  void aRowOfAnotherKeyNamesBothKeys() {
    SealedRegistration row = sealer.seal(visit("k-1"), TicketId.random(), NOW);
    OutboxKey other = OutboxKey.random(new SecureRandom());

    assertThatThrownBy(() -> new RegistrationSealer(other, new SecureRandom()).open(row))
        .hasMessage(
            "outbox registration k-1 cannot be opened: sealed with key "
                + key.id()
                + ", the kiosk now has key "
                + other.id());
  }

  @Test
  void keysFromBase64AreCheckedWithoutEchoingThem() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    String text = Base64.getEncoder().encodeToString(raw);

    assertThat(OutboxKey.fromBase64(text).id())
        .isEqualTo(OutboxKey.fromBase64(" " + text + "\n").id());
    assertThatThrownBy(() -> OutboxKey.fromBase64("not base64!"))
        .hasMessage("outbox key is not Base64");
    assertThatThrownBy(() -> OutboxKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessage("outbox key must be 32 bytes (AES-256), was 16");
  }

  @Test
  void keysFromAPkcs12KeyStore(@TempDir Path dir) throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    SecretKey secret = generator.generateKey();
    char[] password = "kiosk-pass".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setEntry(
        "his-outbox",
        new KeyStore.SecretKeyEntry(secret),
        new KeyStore.PasswordProtection(password));
    Path file = dir.resolve("kiosk.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }

    OutboxKey loaded = OutboxKey.fromKeyStore(file, password, "his-outbox");

    assertThat(loaded.id())
        .isEqualTo(
            OutboxKey.fromBase64(Base64.getEncoder().encodeToString(secret.getEncoded())).id());
    assertThatThrownBy(() -> OutboxKey.fromKeyStore(file, password, "missing"))
        .hasMessage("keystore " + file + " has no key 'missing'");
    assertThatThrownBy(() -> OutboxKey.fromKeyStore(file, "wrong".toCharArray(), "his-outbox"))
        .hasMessageStartingWith(
            "cannot read keystore " + file + " (wrong password or not PKCS#12)");
    assertThatThrownBy(() -> OutboxKey.fromKeyStore(dir.resolve("none.p12"), password, "x"))
        .hasMessage("keystore not found: " + dir.resolve("none.p12"));
  }

  @Test
  void patientDetailsNeverPrintTheFullId() {
    VisitRequest visit = visit("k-1");

    assertThat(visit.toString())
        .doesNotContain(visit.patient().citizenId().value())
        .doesNotContain(visit.patient().fullName())
        .contains(visit.patient().citizenId().masked());
  }
}
