package vn.tiepdon.provisioning.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.testing.BundleFixture;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

class BundleVerifierTest {
  private static final Instant NOW = BundleFixture.ISSUED.plus(Duration.ofHours(1));
  private final BundleFixture keys = new BundleFixture();
  private final BundleSigner hospitalSigner =
      new BundleSigner(keys.hospital.getPrivate(), keys.hospitalKey);

  private BundleVerifier verifier(Instant now, Optional<SiteId> hospital) {
    return new BundleVerifier(
        keys.hospitalKey,
        new KioskId("k01"),
        Optional.of(keys.kioskKey),
        hospital,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private BundleVerifier verifier() {
    return verifier(NOW, Optional.of(new SiteId("bv-a")));
  }

  private byte[] signedFile(String hospital, String kiosk) {
    return hospitalSigner.sign(keys.bundle(hospital, kiosk)).toBytes();
  }

  private static void assertRefused(ThrowingCallable call, BundleRejection reason, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BundleRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining(message);
  }

  @Test
  void acceptsAValidBundleAndReadsEveryPart() {
    EnrolmentBundle bundle = verifier().verify(signedFile("bv-a", "k01"));

    assertThat(bundle).isEqualTo(keys.bundle("bv-a", "k01"));
    assertThat(bundle.broker().password()).isEqualTo("s3cret-k01");
    assertThat(bundle.broker().toString()).doesNotContain("s3cret");
    assertThat(bundle.cscaCertificates()).hasSize(2);
    assertThat(bundle.operatorPublicKeys()).containsExactly(keys.operatorKey);
    assertThat(bundle.site().at("/kiosk/idleTimeout").asText()).isEqualTo("PT45S");
  }

  @Test
  void aKioskWithoutAHospitalYetTakesItsFirstBundle() {
    assertThat(verifier(NOW, Optional.empty()).verify(signedFile("bv-b", "k01")).hospital())
        .isEqualTo(new SiteId("bv-b"));
  }

  @Test
  void refusesAnUnsignedBundle() {
    SignedBundle unsigned =
        new SignedBundle(new BundleCodec().toJson(keys.bundle("bv-a", "k01")), Optional.empty());

    assertRefused(
        () -> verifier().verify(unsigned.toBytes()), BundleRejection.UNSIGNED, "not signed");
  }

  @Test
  void refusesABundleChangedAfterSigning() {
    SignedBundle signed = hospitalSigner.sign(keys.bundle("bv-a", "k01"));
    ObjectNode changed = signed.bundle();
    ((ObjectNode) changed.get("bank")).put("account", "9999999999");
    SignedBundle tampered = new SignedBundle(changed, signed.signature());

    assertRefused(
        () -> verifier().verify(tampered.toBytes()),
        BundleRejection.BAD_SIGNATURE,
        "does not match its content");
  }

  @Test
  void refusesABundleSignedByAnotherKey() {
    var stranger = Ed25519.generate();
    SignedBundle forged =
        new BundleSigner(stranger.getPrivate(), new Ed25519PublicKey(stranger.getPublic()))
            .sign(keys.bundle("bv-a", "k01"));

    assertRefused(
        () -> verifier().verify(forged.toBytes()),
        BundleRejection.BAD_SIGNATURE,
        "not with this hospital's key " + keys.hospitalKey.keyId());
  }

  @Test
  void refusesAForgedSignatureUnderTheHospitalsKeyId() {
    SignedBundle signed = hospitalSigner.sign(keys.bundle("bv-a", "k01"));
    SignedBundle forged =
        new SignedBundle(
            signed.bundle(),
            Optional.of(new SignedBundle.Signature(keys.hospitalKey.keyId(), new byte[64])));

    assertRefused(
        () -> verifier().verify(forged.toBytes()), BundleRejection.BAD_SIGNATURE, "forged");
  }

  @Test
  void refusesAnExpiredBundle() {
    assertRefused(
        () ->
            verifier(BundleFixture.ISSUED.plus(Duration.ofDays(7)), Optional.empty())
                .verify(signedFile("bv-a", "k01")),
        BundleRejection.EXPIRED,
        "bundle expired at 2026-12-08T08:00:00Z");
  }

  @Test
  void refusesABundleNotYetValid() {
    assertRefused(
        () ->
            verifier(BundleFixture.ISSUED.minus(Duration.ofHours(1)), Optional.empty())
                .verify(signedFile("bv-a", "k01")),
        BundleRejection.NOT_YET_VALID,
        "not valid before 2026-12-01T08:00:00Z");
  }

  @Test
  void refusesABundleForAnotherKiosk() {
    assertRefused(
        () -> verifier().verify(signedFile("bv-a", "k02")),
        BundleRejection.OTHER_KIOSK,
        "bundle is for kiosk k02, this is kiosk k01");
  }

  @Test
  void refusesABundleForAnotherKeyOfTheSameKioskId() {
    BundleVerifier replacedHardware =
        new BundleVerifier(
            keys.hospitalKey,
            new KioskId("k01"),
            Optional.of(new Ed25519PublicKey(Ed25519.generate().getPublic())),
            Optional.empty(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    assertRefused(
        () -> replacedHardware.verify(signedFile("bv-a", "k01")),
        BundleRejection.OTHER_KIOSK,
        "bundle is for kiosk key " + keys.kioskKey.keyId());
  }

  @Test
  void refusesABundleFromAnotherHospital() {
    assertRefused(
        () -> verifier().verify(signedFile("bv-b", "k01")),
        BundleRejection.OTHER_HOSPITAL,
        "bundle is from hospital bv-b, this kiosk belongs to bv-a");
  }

  @Test
  void namesTheWrongFieldOfAMalformedBundle() {
    ObjectNode json = new BundleCodec().toJson(keys.bundle("bv-a", "k01"));
    ((ObjectNode) json.get("bank")).put("bin", "97043");
    assertRefused(
        () -> hospitalSigner.sign(json),
        BundleRejection.MALFORMED,
        "bundle.bank.bin must be 6 digits, was '97043'");

    ObjectNode noUrl = new BundleCodec().toJson(keys.bundle("bv-a", "k01"));
    ((ObjectNode) noUrl.get("broker")).remove("url");
    assertRefused(
        () -> hospitalSigner.sign(noUrl),
        BundleRejection.MALFORMED,
        "bundle.broker.url is required");

    ObjectNode http = new BundleCodec().toJson(keys.bundle("bv-a", "k01"));
    ((ObjectNode) http.get("broker")).put("url", "http://mqtt:80");
    assertRefused(
        () -> hospitalSigner.sign(http),
        BundleRejection.MALFORMED,
        "bundle.broker.url must start with ssl:// or tcp://");

    ObjectNode badPem = new BundleCodec().toJson(keys.bundle("bv-a", "k01"));
    badPem
        .withArray("cscaCertificates")
        .set(1, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    assertRefused(
        () -> hospitalSigner.sign(badPem),
        BundleRejection.MALFORMED,
        "bundle.cscaCertificates[1] is not a readable X.509 certificate");

    ObjectNode badOperator = new BundleCodec().toJson(keys.bundle("bv-a", "k01"));
    ((ObjectNode) badOperator.withArray("operatorKeys").get(0)).put("publicKey", "c2hvcnQ");
    assertRefused(
        () -> hospitalSigner.sign(badOperator),
        BundleRejection.MALFORMED,
        "bundle.operatorKeys[0]: public key must be 32 bytes");

    ObjectNode noKiosk = new BundleCodec().toJson(keys.bundle("bv-a", "k01"));
    noKiosk.remove("kiosk");
    assertRefused(
        () -> hospitalSigner.sign(noKiosk), BundleRejection.MALFORMED, "bundle.kiosk is required");
  }

  @Test
  void namesWhatIsWrongWithTheFileItself() {
    assertRefused(
        () -> verifier().verify("nonsense".getBytes()),
        BundleRejection.MALFORMED,
        "bundle file is not JSON");
    assertRefused(
        () -> verifier().verify("{}".getBytes()),
        BundleRejection.MALFORMED,
        "format must be 'tiepdon-enrolment-bundle/1', was missing");
    assertRefused(
        () -> verifier().verify(new byte[0]), BundleRejection.MALFORMED, "bundle file is empty");
    assertRefused(
        () ->
            verifier()
                .verify(
                    "{\"format\":\"tiepdon-enrolment-bundle/1\",\"bundle\":{},\"signature\":{\"alg\":\"RS256\"}}"
                        .getBytes()),
        BundleRejection.MALFORMED,
        "signature must be");
  }

  @Test
  void aDuplicateMemberInABundleFileIsMalformed() {
    String file = new String(signedFile("bv-a", "k01"), java.nio.charset.StandardCharsets.UTF_8);
    String doubled =
        file.replaceFirst("\"kiosk\" : \"k01\"", "\"kiosk\" : \"k01\", \"kiosk\" : \"k02\"");
    assertThat(doubled).isNotEqualTo(file);

    assertRefused(
        () -> verifier().verify(doubled.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        BundleRejection.MALFORMED,
        "Duplicate field 'kiosk'");
  }
}
