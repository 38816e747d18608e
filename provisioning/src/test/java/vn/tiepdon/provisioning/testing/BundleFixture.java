package vn.tiepdon.provisioning.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

/** Keys and a complete, valid enrolment bundle for tests; certificates made here with BC. */
public final class BundleFixture {
  public static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");
  public final KeyPair hospital = Ed25519.generate();
  public final Ed25519PublicKey hospitalKey = new Ed25519PublicKey(hospital.getPublic());
  public final KeyPair operator = Ed25519.generate();
  public final Ed25519PublicKey operatorKey = new Ed25519PublicKey(operator.getPublic());
  public final KeyPair kiosk = Ed25519.generate();
  public final Ed25519PublicKey kioskKey = new Ed25519PublicKey(kiosk.getPublic());
  public final String brokerCa = pem(certificate("CN=Hospital MQTT CA"));
  public final List<String> csca =
      List.of(
          pem(certificate("CN=CSCA Viet Nam test 1")), pem(certificate("CN=CSCA Viet Nam test 2")));

  public EnrolmentBundle bundle(String hospitalId, String kioskId) {
    ObjectNode site = new ObjectMapper().createObjectNode();
    site.putObject("kiosk").put("idleTimeout", "PT45S").put("language", "vi");
    return new EnrolmentBundle(
        new SiteId(hospitalId),
        new KioskId(kioskId),
        Optional.of(kioskKey),
        ISSUED,
        ISSUED.plus(Duration.ofDays(7)),
        new EnrolmentBundle.Broker(
            URI.create("ssl://mqtt.bv-a.local:8883"),
            "kiosk-" + kioskId,
            "s3cret-" + kioskId,
            Optional.of(brokerCa)),
        site,
        csca,
        new EnrolmentBundle.BankAccount("970436", "0011001234567", "BENH VIEN A"),
        URI.create("https://his.bv-a.local/fhir"),
        List.of(new EnrolmentBundle.OperatorKey("it-lan", operatorKey)));
  }

  public static X509Certificate certificate(String name) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      KeyPair pair = generator.generateKeyPair();
      X500Name x500 = new X500Name(name);
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              x500,
              BigInteger.ONE,
              Date.from(ISSUED.minus(Duration.ofDays(1))),
              Date.from(ISSUED.plus(Duration.ofDays(3650))),
              x500,
              pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String pem(X509Certificate certificate) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(certificate);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }
}
