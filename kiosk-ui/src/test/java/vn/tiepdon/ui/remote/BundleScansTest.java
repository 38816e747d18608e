package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.enrolment.BundleInstaller;
import vn.tiepdon.provisioning.enrolment.BundleQrCodes;
import vn.tiepdon.provisioning.enrolment.BundleSigner;
import vn.tiepdon.provisioning.enrolment.BundleVerifier;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.enrolment.InstalledBundle;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.identity.SigningKeyStore;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * Bundle QR codes from the kiosk's scanner, on the real provisioning installer: a keystore file,
 * bundles signed with the hospital's key and cut into codes, the encrypted bundle file.
 */
class BundleScansTest {
  private static final SiteId SITE = new SiteId("bv-test");
  private static final KioskId KIOSK = new KioskId("k01");

  @TempDir Path home;
  private final Clock clock = Clock.systemUTC();
  private final KeyPair hospital = Ed25519.generate();
  private final Ed25519PublicKey hospitalKey = new Ed25519PublicKey(hospital.getPublic());
  private final List<EnrolmentBundle> installed = new ArrayList<>();
  private final List<BundleScanEvent> events = new ArrayList<>();
  private SigningKeyStore keys;
  private BundleScans scans;

  @BeforeEach
  void kiosk() {
    keys =
        SigningKeyStore.create(home.resolve("kiosk.p12"), "pw".toCharArray(), "kiosk k01", clock);
    BundleInstaller installer =
        new BundleInstaller(
            new BundleVerifier(
                hospitalKey, KIOSK, Optional.of(keys.publicKey()), Optional.of(SITE), clock),
            new InstalledBundle(home.resolve("bundle.enc"), keys.secretsKey().orElseThrow()),
            installed::add);
    scans = new BundleScans(Optional.of(installer));
    scans.onEvent(events::add);
  }

  @Test
  void onlyBundleCodesAreTakenAwayFromThePatientFlow() {
    assertThat(BundleScans.isBundleCode("TDB1/3:0a1b2c3d:abc")).isTrue();
    assertThat(BundleScans.isBundleCode("  TDB1/3:0a1b2c3d:abc\n")).isTrue();
    assertThat(BundleScans.isBundleCode("079185001234|215123456|Nguyễn Văn A|01011985|Nam|x|y"))
        .isFalse();
    assertThat(BundleScans.isBundleCode("")).isFalse();
    assertThat(BundleScans.isBundleCode(null)).isFalse();
    assertThat(scans.offer("079185001234|215123456|Nguyễn Văn A|01011985|Nam|x|y")).isFalse();
  }

  @Test
  void whileTheStaffScreenIsClosedBundleCodesAreSwallowedAndNothingIsInstalled() {
    for (String code : codes(bundle(KIOSK, Duration.ofDays(30)))) {
      assertThat(scans.offer(code)).isTrue();
    }
    assertThat(events).isEmpty();
    assertThat(installed).isEmpty();
    assertThat(Files.exists(home.resolve("bundle.enc"))).isFalse();
  }

  @Test
  void aKioskWithoutProvisioningSwallowsBundleCodesToo() {
    BundleScans none = new BundleScans(Optional.empty());
    none.open();
    assertThat(none.offer(codes(bundle(KIOSK, Duration.ofDays(30))).get(0))).isTrue();
  }

  @Test
  void codesInAnyOrderShowProgressThenInstallTheBundle() {
    List<String> codes = codes(bundle(KIOSK, Duration.ofDays(30)));
    assertThat(codes).hasSizeGreaterThan(2);
    scans.open();
    scans.offer(codes.get(1));
    scans.offer(codes.get(1)); // a repeat counts once
    assertThat(events.get(1))
        .isEqualTo(new BundleScanEvent.Progress(1, codes.size(), missingBut(codes.size(), 2)));
    for (int i = codes.size() - 1; i >= 0; i--) {
      if (i != 1) {
        scans.offer(codes.get(i));
      }
    }
    BundleScanEvent last = events.get(events.size() - 1);
    assertThat(last).isInstanceOf(BundleScanEvent.Installed.class);
    assertThat(((BundleScanEvent.Installed) last).bundle().kiosk()).isEqualTo(KIOSK);
    assertThat(installed).hasSize(1);
    assertThat(Files.exists(home.resolve("bundle.enc"))).isTrue();
  }

  @Test
  void eachRefusalIsNamedAndTheNextSequenceStartsAfresh() {
    scans.open();
    codes(bundle(new KioskId("k02"), Duration.ofDays(30))).forEach(scans::offer);
    assertThat(events.get(events.size() - 1))
        .isEqualTo(new BundleScanEvent.Refused(BundleScanProblem.OTHER_KIOSK));

    codes(bundle(KIOSK, Duration.ofDays(-1))).forEach(scans::offer);
    assertThat(events.get(events.size() - 1))
        .isEqualTo(new BundleScanEvent.Refused(BundleScanProblem.EXPIRED));

    KeyPair stranger = Ed25519.generate();
    codes(sign(bundleFor(KIOSK, Duration.ofDays(30)), stranger)).forEach(scans::offer);
    assertThat(events.get(events.size() - 1))
        .isEqualTo(new BundleScanEvent.Refused(BundleScanProblem.BAD_SIGNATURE));

    assertThat(installed).isEmpty();
    codes(bundle(KIOSK, Duration.ofDays(30))).forEach(scans::offer);
    assertThat(events.get(events.size() - 1)).isInstanceOf(BundleScanEvent.Installed.class);
  }

  @Test
  void aCodeOfAnotherBundleIsRefusedWithoutLosingTheCodesAlreadyScanned() {
    List<String> mine = codes(bundle(KIOSK, Duration.ofDays(30)));
    List<String> other = codes(bundle(KIOSK, Duration.ofDays(20)));
    scans.open();
    scans.offer(mine.get(0));
    scans.offer(other.get(1));
    assertThat(events.get(1))
        .isEqualTo(new BundleScanEvent.Refused(BundleScanProblem.CORRUPT_PART));
    mine.subList(1, mine.size()).forEach(scans::offer);
    assertThat(events.get(events.size() - 1)).isInstanceOf(BundleScanEvent.Installed.class);
  }

  @Test
  void aDamagedCodeSpoilsTheJoinedBundleWhichIsRefusedAsCorrupt() {
    List<String> codes = new ArrayList<>(codes(bundle(KIOSK, Duration.ofDays(30))));
    String first = codes.get(0);
    char last = first.charAt(first.length() - 1);
    codes.set(0, first.substring(0, first.length() - 1) + (last == 'A' ? 'B' : 'A'));
    scans.open();
    codes.forEach(scans::offer);
    assertThat(events.get(events.size() - 1))
        .isEqualTo(new BundleScanEvent.Refused(BundleScanProblem.CORRUPT_PART));
    assertThat(installed).isEmpty();
  }

  @Test
  void closingTheStaffScreenDropsAHalfScannedSequence() {
    List<String> codes = codes(bundle(KIOSK, Duration.ofDays(30)));
    scans.open();
    scans.offer(codes.get(0));
    scans.close();
    assertThat(scans.isOpen()).isFalse();
    scans.open();
    codes.subList(1, codes.size()).forEach(scans::offer);
    assertThat(events.get(events.size() - 1))
        .isEqualTo(new BundleScanEvent.Progress(codes.size() - 1, codes.size(), List.of(1)));
    assertThat(installed).isEmpty();
  }

  private static List<Integer> missingBut(int total, int scanned) {
    List<Integer> missing = new ArrayList<>();
    for (int i = 1; i <= total; i++) {
      if (i != scanned) {
        missing.add(i);
      }
    }
    return missing;
  }

  private static List<String> codes(byte[] bundleFile) {
    // Small chunks, so that even this small bundle takes several codes.
    return BundleQrCodes.split(bundleFile, 200);
  }

  private byte[] bundle(KioskId kiosk, Duration validFor) {
    return sign(bundleFor(kiosk, validFor), hospital);
  }

  private EnrolmentBundle bundleFor(KioskId kiosk, Duration validFor) {
    Instant now = clock.instant();
    Instant issued = validFor.isNegative() ? now.minus(Duration.ofDays(10)) : now.minusSeconds(60);
    return new EnrolmentBundle(
        SITE,
        kiosk,
        Optional.of(keys.publicKey()),
        issued,
        validFor.isNegative() ? now.plus(validFor) : now.plus(validFor),
        new EnrolmentBundle.Broker(
            URI.create("tcp://127.0.0.1:1883"), "bv-test/k01", "pw", Optional.empty()),
        new ObjectMapper().createObjectNode(),
        List.of(),
        new EnrolmentBundle.BankAccount("970436", "0011001234567", "BENH VIEN TEST"),
        URI.create("https://his.bv-test.local/fhir"),
        List.of());
  }

  private static byte[] sign(EnrolmentBundle bundle, KeyPair by) {
    return new BundleSigner(by.getPrivate(), new Ed25519PublicKey(by.getPublic()))
        .sign(bundle)
        .toBytes();
  }
}
