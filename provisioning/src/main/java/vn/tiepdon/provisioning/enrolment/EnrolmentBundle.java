package vn.tiepdon.provisioning.enrolment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * Everything a hospital gives one kiosk to join it, signed by the hospital's key: where the MQTT
 * broker is and how to log in, the site configuration, the CSCA certificates that make chips
 * trusted, the bank account for VietQR, the HIS endpoint and the IT operators whose commands the
 * kiosk obeys. Valid by construction; {@link BundleCodec} reads and writes it.
 *
 * @param kioskKey the kiosk's public key from its enrolment request; binds the bundle to the
 *     kiosk's hardware key, not only to its id
 * @param site the site configuration as a JSON object (the kiosk YAML's sections)
 */
public record EnrolmentBundle(
    SiteId hospital,
    KioskId kiosk,
    Optional<Ed25519PublicKey> kioskKey,
    Instant issuedAt,
    Instant expiresAt,
    Broker broker,
    ObjectNode site,
    List<String> cscaCertificates,
    BankAccount bank,
    URI hisEndpoint,
    List<OperatorKey> operatorKeys) {

  public EnrolmentBundle {
    if (hospital == null
        || kiosk == null
        || kioskKey == null
        || issuedAt == null
        || expiresAt == null
        || broker == null
        || site == null
        || cscaCertificates == null
        || bank == null
        || hisEndpoint == null
        || operatorKeys == null) {
      throw new IllegalArgumentException("every part of an enrolment bundle is required");
    }
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException(
          "expiresAt (" + expiresAt + ") must be after issuedAt (" + issuedAt + ")");
    }
    site = site.deepCopy();
    cscaCertificates = List.copyOf(cscaCertificates);
    operatorKeys = List.copyOf(operatorKeys);
  }

  @Override
  public ObjectNode site() {
    return site.deepCopy();
  }

  /** The MQTT broker and this kiosk's login on it. */
  public record Broker(
      URI url, String username, String password, Optional<String> caCertificatePem) {
    public Broker {
      if (url == null || username == null || password == null || caCertificatePem == null) {
        throw new IllegalArgumentException("broker url, username, password and CA are required");
      }
      String scheme = url.getScheme();
      if (!"ssl".equals(scheme) && !"tcp".equals(scheme)) {
        throw new IllegalArgumentException(
            "url must start with ssl:// or tcp://, was '" + url + "'");
      }
      if (url.getHost() == null || url.getPort() < 0) {
        throw new IllegalArgumentException("url must name a host and a port, was '" + url + "'");
      }
    }

    @Override
    public String toString() {
      // Never print the password.
      return "Broker[" + url + ", user " + username + "]";
    }
  }

  /** The hospital's account that VietQR payments go to. */
  public record BankAccount(String bin, String account, String name) {
    public BankAccount {
      if (bin == null || !bin.matches("[0-9]{6}")) {
        throw new IllegalArgumentException("bin must be 6 digits, was '" + bin + "'");
      }
      if (account == null || !account.matches("[A-Za-z0-9]{1,19}")) {
        throw new IllegalArgumentException(
            "account must be 1-19 letters or digits, was '" + account + "'");
      }
      if (name == null || name.isBlank() || name.length() > 70) {
        throw new IllegalArgumentException("name must be 1-70 characters");
      }
    }
  }

  /** An IT operator allowed to send commands; {@code name} is for people, the key for the kiosk. */
  public record OperatorKey(String name, Ed25519PublicKey publicKey) {
    public OperatorKey {
      if (name == null || name.isBlank() || publicKey == null) {
        throw new IllegalArgumentException("an operator key needs a name and a publicKey");
      }
    }
  }

  public List<Ed25519PublicKey> operatorPublicKeys() {
    return operatorKeys.stream().map(OperatorKey::publicKey).toList();
  }

  @Override
  public String toString() {
    return "EnrolmentBundle["
        + hospital
        + "/"
        + kiosk
        + ", "
        + issuedAt
        + " to "
        + expiresAt
        + ", "
        + broker
        + ", "
        + operatorKeys.size()
        + " operator keys]";
  }
}
