package vn.tiepdon.provisioning.identity;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * One Ed25519 signing key (a kiosk's, the hospital's or an IT operator's) in a PKCS12 file readable
 * only by its owner (mode 600), with an AES-256 key beside it that encrypts the secrets of an
 * installed enrolment bundle. PKCS12 keeps a private key only together with a certificate, so the
 * key pair comes with a self-signed certificate naming its role; nothing else trusts that
 * certificate.
 */
public final class SigningKeyStore {
  static final String SIGNING_ALIAS = "signing";
  static final String SECRETS_ALIAS = "secrets";
  private static final Duration CERTIFICATE_LIFETIME = Duration.ofDays(365L * 30);

  private final Path file;
  private final KeyPair keyPair;
  private final SecretKey secretsKey;
  private final X509Certificate certificate;

  private SigningKeyStore(
      Path file, KeyPair keyPair, SecretKey secretsKey, X509Certificate certificate) {
    this.file = file;
    this.keyPair = keyPair;
    this.secretsKey = secretsKey;
    this.certificate = certificate;
  }

  /**
   * Creates a new key pair in a new file; refuses to overwrite one, since a lost kiosk key means
   * enrolling the kiosk again.
   *
   * @param owner who the key belongs to, e.g. {@code kiosk k01}; goes into the certificate's name
   */
  public static SigningKeyStore create(Path file, char[] password, String owner, Clock clock) {
    requirePassword(file, password);
    if (Files.exists(file)) {
      throw new KeyStoreException("keystore " + file + " already exists; it is never overwritten");
    }
    KeyPair pair = Ed25519.generate();
    SecretKey secrets = newSecretsKey();
    X509Certificate certificate = selfSigned(pair, owner, clock.instant());
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          SIGNING_ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
      store.setEntry(
          SECRETS_ALIAS,
          new KeyStore.SecretKeyEntry(secrets),
          new KeyStore.PasswordProtection(password));
      OwnerOnlyFiles.write(
          file,
          out -> {
            try {
              store.store(out, password);
            } catch (GeneralSecurityException e) {
              throw new IOException("cannot encode the keystore: " + e.getMessage(), e);
            }
          });
    } catch (FileAlreadyExistsException e) {
      throw new KeyStoreException("keystore " + file + " already exists; it is never overwritten");
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyStoreException("cannot write keystore " + file + ": " + e.getMessage(), e);
    }
    return new SigningKeyStore(file, pair, secrets, certificate);
  }

  /** Opens an existing file; a wrong password or a file that is not ours is a clear error. */
  public static SigningKeyStore open(Path file, char[] password) {
    requirePassword(file, password);
    KeyStore store;
    try (InputStream in = Files.newInputStream(file)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
    } catch (NoSuchFileException e) {
      throw new KeyStoreException("keystore " + file + " does not exist");
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new KeyStoreException("keystore " + file + ": wrong password", e);
      }
      throw new KeyStoreException(
          "keystore " + file + " is not a readable PKCS12 file (or the password is wrong)", e);
    } catch (GeneralSecurityException e) {
      throw new KeyStoreException("keystore " + file + " cannot be read: " + e.getMessage(), e);
    }
    try {
      Key key = store.getKey(SIGNING_ALIAS, password);
      Certificate certificate = store.getCertificate(SIGNING_ALIAS);
      if (!(key instanceof PrivateKey privateKey)
          || !(certificate instanceof X509Certificate x509)) {
        throw new KeyStoreException(
            "keystore " + file + " holds no TiepDon signing key (alias '" + SIGNING_ALIAS + "')");
      }
      Ed25519PublicKey publicKey = new Ed25519PublicKey(x509.getPublicKey());
      Key secrets = store.getKey(SECRETS_ALIAS, password);
      return new SigningKeyStore(
          file,
          new KeyPair(publicKey.key(), privateKey),
          secrets instanceof SecretKey secret ? secret : null,
          x509);
    } catch (IllegalArgumentException e) {
      throw new KeyStoreException("keystore " + file + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new KeyStoreException("keystore " + file + ": key cannot be read: " + e, e);
    }
  }

  /** The kiosk's first boot: creates the key pair if the file is not there yet, else opens it. */
  public static SigningKeyStore openOrCreate(
      Path file, char[] password, String owner, Clock clock) {
    return Files.exists(file) ? open(file, password) : create(file, password, owner, clock);
  }

  public Path file() {
    return file;
  }

  public Ed25519PublicKey publicKey() {
    return new Ed25519PublicKey(keyPair.getPublic());
  }

  public PrivateKey privateKey() {
    return keyPair.getPrivate();
  }

  /** Who the key belongs to, as given at creation. */
  public String owner() {
    return certificate.getSubjectX500Principal().getName().replaceFirst("^CN=", "");
  }

  /** Signs with Ed25519. */
  public byte[] sign(byte[] data) {
    return Ed25519.sign(keyPair.getPrivate(), data);
  }

  /** The AES key for secrets at rest; absent in a keystore made by another tool. */
  public java.util.Optional<SecretKey> secretsKey() {
    return java.util.Optional.ofNullable(secretsKey);
  }

  private static void requirePassword(Path file, char[] password) {
    if (file == null) {
      throw new KeyStoreException("keystore file is required");
    }
    if (password == null || password.length == 0) {
      throw new KeyStoreException("keystore " + file + ": a password is required");
    }
  }

  private static SecretKey newSecretsKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256 is part of every JDK", e);
    }
  }

  private static X509Certificate selfSigned(KeyPair pair, String owner, Instant now) {
    String cn =
        owner == null || owner.isBlank() ? "tiepdon" : owner.replaceAll("[,=+<>#;\"\\\\]", "_");
    X500Name name = new X500Name("CN=" + cn);
    try {
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(CERTIFICATE_LIFETIME)),
              name,
              pair.getPublic());
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("Ed25519").build(pair.getPrivate())));
    } catch (OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the keystore's self-signed certificate", e);
    }
  }
}
