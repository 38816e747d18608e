package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.software.TestIssuer;

class CscaTrustStoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ONE = TestIssuer.generate("One", CLOCK);
  private static final TestIssuer TWO = TestIssuer.generate("Two", CLOCK);

  @TempDir Path dir;

  @Test
  void readsPemAndDerFilesAndFindsTheIssuerOfASigner() throws Exception {
    Files.write(dir.resolve("one.der"), ONE.csca().getEncoded());
    Files.writeString(
        dir.resolve("two.pem"), pem(TWO.csca().getEncoded()), StandardCharsets.US_ASCII);
    Files.writeString(dir.resolve("notes.txt"), "not a certificate, not read");

    CscaTrustStore store = CscaTrustStore.fromDirectory(dir);

    assertThat(store.size()).isEqualTo(2);
    assertThat(store.issuerOf(ONE.documentSigner())).contains(ONE.csca());
    assertThat(store.issuerOf(TWO.documentSigner())).contains(TWO.csca());
  }

  @Test
  void aSignerUnderAnotherCscaHasNoIssuer() {
    assertThat(CscaTrustStore.of(java.util.List.of(ONE.csca())).issuerOf(TWO.documentSigner()))
        .isEmpty();
    assertThat(CscaTrustStore.empty().issuerOf(ONE.documentSigner())).isEmpty();
  }

  @Test
  void namesTheFileThatIsNotACertificate() throws Exception {
    Files.writeString(
        dir.resolve("broken.pem"),
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");

    assertThatThrownBy(() -> CscaTrustStore.fromDirectory(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken.pem is not a PEM or DER X.509 certificate");
  }

  @Test
  void namesAFolderThatIsNotOne() {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> CscaTrustStore.fromDirectory(missing))
        .hasMessage("CSCA folder " + missing + " is not a directory");
  }

  private static String pem(byte[] der) {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END CERTIFICATE-----\n";
  }
}
