package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmrtd.lds.SODFile;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.chip.PassiveAuthentication.Verdict;
import vn.tiepdon.citizenid.chip.software.TestIssuer;

/** Passive authentication on SODs signed here, byte by byte, without a chip in between. */
class PassiveAuthenticatorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ISSUER = TestIssuer.generate("TiepDon Test", CLOCK);
  private static final byte[] DG1 = {0x61, 0x03, 0x5F, 0x1F, 0x00};
  private static final byte[] DG13 = {0x6D, 0x02, 0x30, 0x00};
  private static final byte[] DG2 = {0x75, 0x02, 0x7F, 0x61};

  private final PassiveAuthenticator authenticator =
      new PassiveAuthenticator(CscaTrustStore.of(List.of(ISSUER.csca())), CLOCK);

  @Test
  void genuineWhenHashesSignatureChainAndDatesHold() throws Exception {
    PassiveAuthentication pa =
        authenticator.verify(sod(Map.of(1, DG1, 13, DG13)), Map.of(1, DG1, 13, DG13));

    assertThat(pa.verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(pa.genuine()).isTrue();
  }

  @Test
  void aDataGroupTheSodDoesNotCoverIsTampered() throws Exception {
    PassiveAuthentication pa =
        authenticator.verify(sod(Map.of(1, DG1, 2, DG2)), Map.of(1, DG1, 13, DG13));

    assertThat(pa.verdict()).isEqualTo(Verdict.TAMPERED);
    assertThat(pa.dataGroup()).contains(13);
    assertThat(pa.detail()).isEqualTo("DG13 has no hash in the SOD");
  }

  @Test
  void aChangedByteIsTamperedAndNamesItsDataGroup() throws Exception {
    byte[] changed = DG13.clone();
    changed[3] = 1;

    PassiveAuthentication pa =
        authenticator.verify(sod(Map.of(1, DG1, 13, DG13)), Map.of(1, DG1, 13, changed));

    assertThat(pa.dataGroup()).contains(13);
  }

  @Test
  void aSodWhoseSignedContentWasAlteredIsTampered() throws Exception {
    byte[] sod = sod(Map.of(1, DG1, 2, DG2));
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(DG1);
    int at = indexOf(sod, hash);
    byte[] forged = sod.clone();
    byte[] otherHash = MessageDigest.getInstance("SHA-256").digest(DG13);
    System.arraycopy(otherHash, 0, forged, at, otherHash.length);

    PassiveAuthentication pa = authenticator.verify(forged, Map.of(1, DG13));

    assertThat(pa.verdict()).isEqualTo(Verdict.TAMPERED);
    assertThat(pa.dataGroup()).isEmpty();
    assertThat(pa.detail()).startsWith("SOD signature does not verify");
  }

  @Test
  void bytesThatAreNoSodAreMalformed() {
    PassiveAuthentication pa =
        authenticator.verify(new byte[] {0x77, 0x03, 0x30, 0x01, 0x00}, Map.of());

    assertThat(pa.verdict()).isEqualTo(Verdict.MALFORMED);
    assertThat(pa.detail()).startsWith("SOD is not a CMS-signed LDS security object");
    assertThat(authenticator.verify(new byte[] {0x30, 0x00}, Map.of()).verdict())
        .isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void aSignerNotYetValidIsOutsideItsValidityToo() throws Exception {
    PassiveAuthenticator early =
        new PassiveAuthenticator(
            CscaTrustStore.of(List.of(ISSUER.csca())), Clock.offset(CLOCK, Duration.ofDays(-2)));

    assertThat(early.verify(sod(Map.of(1, DG1, 2, DG2)), Map.of(1, DG1)).verdict())
        .isEqualTo(Verdict.SIGNER_EXPIRED);
  }

  private static byte[] sod(Map<Integer, byte[]> groups) throws Exception {
    Map<Integer, byte[]> hashes = new LinkedHashMap<>();
    for (Map.Entry<Integer, byte[]> group : groups.entrySet()) {
      hashes.put(group.getKey(), MessageDigest.getInstance("SHA-256").digest(group.getValue()));
    }
    return new SODFile(
            "SHA-256", "SHA256withECDSA", hashes, ISSUER.signerKey(), ISSUER.documentSigner())
        .getEncoded();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("hash not found in the SOD");
  }
}
