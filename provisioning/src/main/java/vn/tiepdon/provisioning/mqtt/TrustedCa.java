package vn.tiepdon.provisioning.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** TLS that trusts exactly the hospital's CA: the broker must present a certificate it signed. */
final class TrustedCa {
  private TrustedCa() {}

  /** Reads the PEM file (one or more certificates) now, so a bad path fails at start-up. */
  static SSLSocketFactory socketFactory(String caCertPath) {
    Path path = Path.of(caCertPath);
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(path)) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("caCertPath cannot be read: '" + caCertPath + "'", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "caCertPath is not a PEM/DER X.509 certificate: '" + caCertPath + "'", e);
    }
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("caCertPath holds no certificate: '" + caCertPath + "'");
    }
    try {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) {
        trust.setCertificateEntry("ca-" + i++, certificate);
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot set up TLS with CA '" + caCertPath + "'", e);
    }
  }
}
