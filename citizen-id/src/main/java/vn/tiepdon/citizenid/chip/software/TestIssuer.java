package vn.tiepdon.citizenid.chip.software;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A made-up issuing authority for the software chip: a country signing CA (CSCA) and a document
 * signer (DS) it certified, both ECDSA P-256, generated fresh with BouncyCastle. Never a real
 * country's keys; the kiosk trusts this CSCA only when told to (tests, demo).
 *
 * @param signerKey the DS private key that signs each chip's SOD
 */
public record TestIssuer(
    X509Certificate csca, X509Certificate documentSigner, PrivateKey signerKey) {
  private static final Duration CSCA_VALIDITY = Duration.ofDays(15 * 365);
  private static final Duration SIGNER_VALIDITY = Duration.ofDays(3 * 365);
  private static final Duration BACKDATE = Duration.ofDays(1);

  public TestIssuer {
    Objects.requireNonNull(csca, "csca");
    Objects.requireNonNull(documentSigner, "documentSigner");
    Objects.requireNonNull(signerKey, "signerKey");
  }

  /**
   * A new CSCA valid 15 years and a DS valid 3 years, both from a day before the clock's now.
   *
   * @param name distinguishes issuers, e.g. "TiepDon Test" or "Rogue"
   */
  public static TestIssuer generate(String name, Clock clock) {
    try {
      SecureRandom random = new SecureRandom();
      Instant start = clock.instant().minus(BACKDATE);
      KeyPair cscaKeys = keyPair(random);
      KeyPair signerKeys = keyPair(random);
      X500Name cscaName = new X500Name("C=VN,O=" + name + ",CN=" + name + " CSCA");
      X509Certificate csca =
          certificate(
              cscaName,
              cscaName,
              cscaKeys.getPublic(),
              cscaKeys.getPrivate(),
              start,
              start.plus(CSCA_VALIDITY),
              true,
              random);
      X509Certificate signer =
          certificate(
              cscaName,
              new X500Name("C=VN,O=" + name + ",CN=" + name + " Document Signer"),
              signerKeys.getPublic(),
              cscaKeys.getPrivate(),
              start,
              start.plus(SIGNER_VALIDITY),
              false,
              random);
      return new TestIssuer(csca, signer, signerKeys.getPrivate());
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("cannot generate the test issuer " + name, e);
    }
  }

  private static KeyPair keyPair(SecureRandom random) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), random);
    return generator.generateKeyPair();
  }

  private static X509Certificate certificate(
      X500Name issuer,
      X500Name subject,
      PublicKey key,
      PrivateKey issuerKey,
      Instant from,
      Instant to,
      boolean ca,
      SecureRandom random)
      throws GeneralSecurityException, OperatorCreationException, CertIOException {
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            new BigInteger(64, random).abs().add(BigInteger.ONE),
            Date.from(from),
            Date.from(to),
            subject,
            key);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
  }
}
