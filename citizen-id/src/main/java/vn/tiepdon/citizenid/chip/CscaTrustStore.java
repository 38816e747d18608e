package vn.tiepdon.citizenid.chip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The country signing CA certificates the kiosk trusts: a folder of PEM or DER files (.pem, .crt,
 * .cer, .der; a PEM file may hold several). Viet Nam's CSCA has no known public source, so an empty
 * store is normal: every chip is then {@code UNTRUSTED_SIGNER} at best.
 */
public final class CscaTrustStore {
  private final List<X509Certificate> certificates;

  private CscaTrustStore(List<X509Certificate> certificates) {
    this.certificates = List.copyOf(certificates);
  }

  public static CscaTrustStore of(Collection<X509Certificate> certificates) {
    return new CscaTrustStore(new ArrayList<>(certificates));
  }

  public static CscaTrustStore empty() {
    return new CscaTrustStore(List.of());
  }

  /**
   * @throws IllegalArgumentException naming the folder or the file that is not a certificate
   * @throws IOException if the folder cannot be listed or a file read
   */
  public static CscaTrustStore fromDirectory(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("CSCA folder " + folder + " is not a directory");
    }
    List<X509Certificate> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(CscaTrustStore::isCertificateFile).sorted().toList()) {
        found.addAll(read(file));
      }
    }
    return new CscaTrustStore(found);
  }

  private static boolean isCertificateFile(Path file) {
    String name = file.getFileName().toString().toLowerCase();
    return Files.isRegularFile(file)
        && (name.endsWith(".pem")
            || name.endsWith(".crt")
            || name.endsWith(".cer")
            || name.endsWith(".der"));
  }

  private static List<X509Certificate> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("CSCA file " + file + " holds no certificate");
      }
      return certificates.stream().map(X509Certificate.class::cast).toList();
    } catch (CertificateException e) {
      throw new IllegalArgumentException(
          "CSCA file " + file + " is not a PEM or DER X.509 certificate: " + e.getMessage(), e);
    }
  }

  /** The trusted certificate whose key signed {@code signer}, if any. */
  public Optional<X509Certificate> issuerOf(X509Certificate signer) {
    for (X509Certificate csca : certificates) {
      if (csca.getSubjectX500Principal().equals(signer.getIssuerX500Principal())
          && signedBy(signer, csca)) {
        return Optional.of(csca);
      }
    }
    return Optional.empty();
  }

  private static boolean signedBy(X509Certificate signer, X509Certificate csca) {
    try {
      signer.verify(csca.getPublicKey());
      return true;
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }

  public List<X509Certificate> certificates() {
    return certificates;
  }

  public int size() {
    return certificates.size();
  }
}
