package vn.tiepdon.citizenid.chip;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import vn.tiepdon.citizenid.chip.PassiveAuthentication.Verdict;

/**
 * Passive authentication (Doc 9303 Part 11, 5.1) with BouncyCastle CMS: every data group read is
 * hashed and compared with the SOD, the SOD's signature is verified with the document signer
 * certificate it carries (over the signed attributes), the signer must chain to a configured CSCA,
 * and both must be valid on the clock's date. CRLs are not checked (no Vietnamese source known).
 */
public final class PassiveAuthenticator {
  private static final Provider BC = new BouncyCastleProvider();
  private static final int SOD_TAG = 23;

  private final CscaTrustStore trust;
  private final Clock clock;

  public PassiveAuthenticator(CscaTrustStore trust, Clock clock) {
    this.trust = Objects.requireNonNull(trust, "trust");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param dataGroups the raw bytes of each data group read, by number
   */
  public PassiveAuthentication verify(byte[] sod, Map<Integer, byte[]> dataGroups) {
    CMSSignedData signed;
    LDSSecurityObject securityObject;
    try {
      signed = signedData(sod);
      securityObject =
          LDSSecurityObject.getInstance(
              ASN1Primitive.fromByteArray((byte[]) signed.getSignedContent().getContent()));
    } catch (Exception e) {
      return PassiveAuthentication.of(
          Verdict.MALFORMED, "SOD is not a CMS-signed LDS security object: " + e.getMessage());
    }
    Optional<PassiveAuthentication> hashes = checkHashes(securityObject, dataGroups);
    if (hashes.isPresent()) {
      return hashes.get();
    }
    return checkSignature(signed);
  }

  private static CMSSignedData signedData(byte[] sod) throws java.io.IOException, CMSException {
    ASN1Primitive outer = ASN1Primitive.fromByteArray(sod);
    if (!(outer instanceof ASN1TaggedObject tagged)
        || tagged.getTagClass() != BERTags.APPLICATION
        || tagged.getTagNo() != SOD_TAG) {
      throw new CMSException("SOD must start with tag 77 ([APPLICATION 23])");
    }
    return new CMSSignedData(ContentInfo.getInstance(tagged.getExplicitBaseObject()));
  }

  private Optional<PassiveAuthentication> checkHashes(
      LDSSecurityObject securityObject, Map<Integer, byte[]> dataGroups) {
    Map<Integer, byte[]> expected = new HashMap<>();
    for (DataGroupHash hash : securityObject.getDatagroupHash()) {
      expected.put(hash.getDataGroupNumber(), hash.getDataGroupHashValue().getOctets());
    }
    MessageDigest digest;
    String algorithm = securityObject.getDigestAlgorithmIdentifier().getAlgorithm().getId();
    try {
      digest = MessageDigest.getInstance(algorithm, BC);
    } catch (GeneralSecurityException e) {
      return Optional.of(
          PassiveAuthentication.of(
              Verdict.MALFORMED, "SOD digest algorithm " + algorithm + " unknown"));
    }
    for (Map.Entry<Integer, byte[]> group : new TreeMap<>(dataGroups).entrySet()) {
      int n = group.getKey();
      byte[] hash = expected.get(n);
      if (hash == null || !MessageDigest.isEqual(hash, digest.digest(group.getValue()))) {
        String why = hash == null ? " has no hash in the SOD" : " hash does not match the SOD";
        return Optional.of(
            new PassiveAuthentication(Verdict.TAMPERED, Optional.of(n), "DG" + n + why));
      }
    }
    return Optional.empty();
  }

  private PassiveAuthentication checkSignature(CMSSignedData signed) {
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      return PassiveAuthentication.of(
          Verdict.MALFORMED, "SOD must have one signer, has " + signers.size());
    }
    SignerInformation signer = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches =
        signed.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
    if (matches.isEmpty()) {
      return PassiveAuthentication.of(
          Verdict.MALFORMED, "SOD carries no document signer certificate for its signer");
    }
    X509Certificate documentSigner;
    try {
      documentSigner = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
      if (!signer.verify(
          new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(documentSigner))) {
        return PassiveAuthentication.of(Verdict.TAMPERED, "SOD signature does not verify");
      }
    } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
      return PassiveAuthentication.of(
          Verdict.TAMPERED, "SOD signature does not verify: " + e.getMessage());
    }
    return checkChain(documentSigner);
  }

  private PassiveAuthentication checkChain(X509Certificate documentSigner) {
    Optional<X509Certificate> csca = trust.issuerOf(documentSigner);
    if (csca.isEmpty()) {
      return PassiveAuthentication.of(
          Verdict.UNTRUSTED_SIGNER,
          "document signer issued by '"
              + documentSigner.getIssuerX500Principal().getName()
              + "' chains to none of the "
              + trust.size()
              + " configured CSCA certificates");
    }
    Date today = Date.from(clock.instant());
    for (X509Certificate certificate : new X509Certificate[] {documentSigner, csca.get()}) {
      try {
        certificate.checkValidity(today);
      } catch (CertificateExpiredException | CertificateNotYetValidException e) {
        return PassiveAuthentication.of(
            Verdict.SIGNER_EXPIRED,
            "'"
                + certificate.getSubjectX500Principal().getName()
                + "' is valid "
                + certificate.getNotBefore().toInstant()
                + " to "
                + certificate.getNotAfter().toInstant()
                + ", not on "
                + clock.instant());
      }
    }
    return PassiveAuthentication.of(
        Verdict.GENUINE, "data group hashes, SOD signature and CSCA chain verified");
  }
}
