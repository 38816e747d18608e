package vn.tiepdon.provisioning.enrolment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** X.509 certificates in PEM text, as bundles carry them (broker CA, CSCA list). */
public final class PemCertificates {
  private PemCertificates() {}

  /** All certificates in the text; at least one, else an error saying what the text is. */
  public static List<X509Certificate> parse(String pem) {
    if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
      throw new IllegalArgumentException("is not a PEM certificate (no BEGIN CERTIFICATE line)");
    }
    try {
      List<X509Certificate> certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
              .stream()
              .map(X509Certificate.class::cast)
              .toList();
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("holds no certificate");
      }
      return certificates;
    } catch (CertificateException e) {
      throw new IllegalArgumentException(
          "is not a readable X.509 certificate: " + e.getMessage(), e);
    }
  }
}
