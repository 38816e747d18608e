package vn.tiepdon.provisioning.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.identity.SigningKeyStore;
import vn.tiepdon.provisioning.testing.BundleFixture;
import vn.tiepdon.provisioning.topic.KioskId;

class InstalledBundleTest {
  private static final char[] PASSWORD = "kiosk-pass".toCharArray();
  @TempDir Path folder;
  private final BundleFixture keys = new BundleFixture();
  private final Clock clock =
      Clock.fixed(BundleFixture.ISSUED.plus(Duration.ofHours(1)), ZoneOffset.UTC);

  @Test
  void installsEncryptedOwnerOnlyAndReadsBackAfterRestart() throws Exception {
    SigningKeyStore keystore =
        SigningKeyStore.create(folder.resolve("kiosk.p12"), PASSWORD, "kiosk k01", clock);
    Path file = folder.resolve("bundle.enc");
    List<EnrolmentBundle> applied = new ArrayList<>();
    BundleVerifier verifier =
        new BundleVerifier(
            keys.hospitalKey, new KioskId("k01"), Optional.empty(), Optional.empty(), clock);
    BundleInstaller installer =
        new BundleInstaller(
            verifier, new InstalledBundle(file, keystore.secretsKey().orElseThrow()), applied::add);
    byte[] signed =
        new BundleSigner(keys.hospital.getPrivate(), keys.hospitalKey)
            .sign(keys.bundle("bv-a", "k01"))
            .toBytes();

    assertThat(installer.current()).isEmpty();
    EnrolmentBundle installed = installer.install(signed);

    assertThat(applied).containsExactly(installed);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String onDisk = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertThat(onDisk).doesNotContain("s3cret-k01").doesNotContain("BENH VIEN");
    SigningKeyStore reopened = SigningKeyStore.open(folder.resolve("kiosk.p12"), PASSWORD);
    BundleInstaller afterRestart =
        new BundleInstaller(
            verifier, new InstalledBundle(file, reopened.secretsKey().orElseThrow()), b -> {});
    assertThat(afterRestart.current()).contains(installed);
  }

  @Test
  void aRefusedBundleLeavesTheInstalledOneInPlace() throws Exception {
    SigningKeyStore keystore =
        SigningKeyStore.create(folder.resolve("kiosk.p12"), PASSWORD, "kiosk k01", clock);
    Path file = folder.resolve("bundle.enc");
    BundleVerifier verifier =
        new BundleVerifier(
            keys.hospitalKey, new KioskId("k01"), Optional.empty(), Optional.empty(), clock);
    BundleInstaller installer =
        new BundleInstaller(
            verifier, new InstalledBundle(file, keystore.secretsKey().orElseThrow()), b -> {});
    BundleSigner signer = new BundleSigner(keys.hospital.getPrivate(), keys.hospitalKey);
    EnrolmentBundle good = installer.install(signer.sign(keys.bundle("bv-a", "k01")).toBytes());

    assertThatThrownBy(() -> installer.install(signer.sign(keys.bundle("bv-a", "k02")).toBytes()))
        .isInstanceOf(BundleRejectedException.class);
    assertThat(installer.current()).contains(good);
  }

  @Test
  void aDamagedFileOrAnotherKeystoresFileIsAnError() throws Exception {
    SigningKeyStore ours = SigningKeyStore.create(folder.resolve("a.p12"), PASSWORD, "a", clock);
    SigningKeyStore theirs = SigningKeyStore.create(folder.resolve("b.p12"), PASSWORD, "b", clock);
    Path file = folder.resolve("bundle.enc");
    new InstalledBundle(file, ours.secretsKey().orElseThrow())
        .install("{}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> new InstalledBundle(file, theirs.secretsKey().orElseThrow()).read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("damaged or belongs to another keystore");
    Files.write(file, "plain text".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new InstalledBundle(file, ours.secretsKey().orElseThrow()).read())
        .isInstanceOf(IOException.class);
  }
}
