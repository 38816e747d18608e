package vn.tiepdon.provisioning.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.topic.KioskId;

class SigningKeyStoreTest {
  private static final char[] PASSWORD = "kiosk-pass".toCharArray();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void firstBootCreatesAnOwnerOnlyKeystoreThatOpensAgainWithTheSameKey() throws Exception {
    Path file = folder.resolve("keys/kiosk.p12");

    SigningKeyStore created = SigningKeyStore.openOrCreate(file, PASSWORD, "kiosk k01", CLOCK);
    SigningKeyStore reopened = SigningKeyStore.openOrCreate(file, PASSWORD, "kiosk k01", CLOCK);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(reopened.publicKey()).isEqualTo(created.publicKey());
    assertThat(reopened.owner()).isEqualTo("kiosk k01");
    assertThat(reopened.secretsKey()).isPresent();
    byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
    assertThat(created.publicKey().verifies(data, reopened.sign(data))).isTrue();
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }

  @Test
  void neverOverwritesAnExistingKeystore() {
    Path file = folder.resolve("kiosk.p12");
    SigningKeyStore.create(file, PASSWORD, "kiosk k01", CLOCK);

    assertThatThrownBy(() -> SigningKeyStore.create(file, PASSWORD, "kiosk k01", CLOCK))
        .isInstanceOf(KeyStoreException.class)
        .hasMessage("keystore " + file + " already exists; it is never overwritten");
  }

  @Test
  void aWrongPasswordIsNamed() {
    Path file = folder.resolve("kiosk.p12");
    SigningKeyStore.create(file, PASSWORD, "kiosk k01", CLOCK);

    assertThatThrownBy(() -> SigningKeyStore.open(file, "guess".toCharArray()))
        .isInstanceOf(KeyStoreException.class)
        .hasMessageContaining("wrong password");
  }

  @Test
  void aMissingFileAnEmptyPasswordAndGarbageAreNamed() throws Exception {
    Path missing = folder.resolve("none.p12");
    assertThatThrownBy(() -> SigningKeyStore.open(missing, PASSWORD))
        .hasMessage("keystore " + missing + " does not exist");
    assertThatThrownBy(() -> SigningKeyStore.open(missing, new char[0]))
        .hasMessage("keystore " + missing + ": a password is required");
    Path garbage = Files.writeString(folder.resolve("garbage.p12"), "not a keystore");
    assertThatThrownBy(() -> SigningKeyStore.open(garbage, PASSWORD))
        .isInstanceOf(KeyStoreException.class)
        .hasMessageContaining("garbage.p12");
  }

  @Test
  void enrolmentRequestRoundTripsAsJsonAndAsCompactQrText() {
    SigningKeyStore store =
        SigningKeyStore.create(folder.resolve("k.p12"), PASSWORD, "kiosk k01", CLOCK);
    EnrolmentRequest request =
        new EnrolmentRequest(new KioskId("k01"), store.publicKey(), CLOCK.instant());

    String qr = request.qrText();

    assertThat(qr).startsWith("TDR1:").matches("TDR1:[A-Za-z0-9_-]+").hasSizeLessThan(260);
    assertThat(EnrolmentRequest.parse(qr)).isEqualTo(request);
    assertThat(EnrolmentRequest.parse(new String(request.toJson(), StandardCharsets.UTF_8)))
        .isEqualTo(request);
  }

  @Test
  void aBadRequestNamesTheField() {
    assertThatThrownBy(
            () ->
                EnrolmentRequest.parse(
                    "{\"format\":\"tiepdon-enrolment-request/1\",\"kiosk\":\"K 01\"}"))
        .hasMessageStartingWith("enrolment request.kiosk: kiosk id must be");
    assertThatThrownBy(
            () ->
                EnrolmentRequest.parse(
                    "{\"format\":\"tiepdon-enrolment-request/1\",\"kiosk\":\"k01\",\"publicKey\":\"abc\"}"))
        .hasMessageStartingWith("enrolment request.publicKey: public key must be 32 bytes");
    assertThatThrownBy(() -> EnrolmentRequest.parse("TDR1:%%%"))
        .hasMessageContaining("not base64url");
    assertThatThrownBy(() -> EnrolmentRequest.parse("{}"))
        .hasMessageContaining("format must be 'tiepdon-enrolment-request/1'");
  }

  @Test
  void publicKeyTextRoundTripsAndRejectsOtherKeys() throws Exception {
    Ed25519PublicKey key = new Ed25519PublicKey(Ed25519.generate().getPublic());

    assertThat(key.text()).hasSize(43);
    assertThat(Ed25519PublicKey.parse(key.text())).isEqualTo(key);
    assertThat(key.keyId()).matches("[0-9a-f]{16}");
    java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
    rsa.initialize(1024);
    assertThatThrownBy(() -> new Ed25519PublicKey(rsa.generateKeyPair().getPublic()))
        .hasMessage("public key must be an Ed25519 key, was RSA");
    assertThatThrownBy(() -> Ed25519PublicKey.parse("not*base64"))
        .hasMessageStartingWith("public key must be base64url");
  }
}
