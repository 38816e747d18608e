package vn.tiepdon.provisioning.enrolment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import vn.tiepdon.provisioning.identity.OwnerOnlyFiles;

/**
 * The kiosk's installed bundle on disk. The whole signed file (broker password included) is
 * encrypted with AES-256-GCM under the secrets key of the kiosk's keystore, in a file of mode 600,
 * replaced atomically: a power cut leaves the old bundle or the new one. On start-up the kiosk
 * reads it back and verifies the signature again ({@link BundleVerifier#verify(SignedBundle,
 * boolean)}), so a file swapped on disk is refused.
 */
public final class InstalledBundle {
  private static final byte[] MAGIC = {'T', 'D', 'B', 'E', 1};
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final SecretKey key;

  public InstalledBundle(Path file, SecretKey key) {
    if (file == null || key == null) {
      throw new IllegalArgumentException("file and key are required");
    }
    this.file = file;
    this.key = key;
  }

  public Path file() {
    return file;
  }

  /** Stores a verified bundle file; only call after {@link BundleVerifier#verify(byte[])}. */
  public void install(byte[] verifiedBundleFile) throws IOException {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(MAGIC);
      sealed = cipher.doFinal(verifiedBundleFile);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
    OwnerOnlyFiles.replace(
        file,
        out -> {
          out.write(MAGIC);
          out.write(iv);
          out.write(sealed);
        });
  }

  /**
   * The installed bundle file, decrypted; empty before the first enrolment.
   *
   * @throws IOException if the file is damaged or was encrypted under another key
   */
  public Optional<byte[]> read() throws IOException {
    byte[] stored;
    try {
      stored = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(stored);
    byte[] magic = new byte[MAGIC.length];
    if (stored.length < MAGIC.length + IV_BYTES + TAG_BITS / 8) {
      throw new IOException("installed bundle " + file + " is cut short");
    }
    buffer.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IOException("installed bundle " + file + " is not an encrypted TiepDon bundle");
    }
    byte[] iv = new byte[IV_BYTES];
    buffer.get(iv);
    byte[] sealed = new byte[buffer.remaining()];
    buffer.get(sealed);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(MAGIC);
      return Optional.of(cipher.doFinal(sealed));
    } catch (AEADBadTagException e) {
      throw new IOException(
          "installed bundle " + file + " is damaged or belongs to another keystore", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption unavailable", e);
    }
  }
}
