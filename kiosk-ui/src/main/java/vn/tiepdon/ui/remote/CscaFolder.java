package vn.tiepdon.ui.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.provisioning.command.CscaTrustList;

/**
 * The kiosk's CSCA folder ({@code chip.cscaFolder}) replaced as a whole by {@code
 * UPDATE_CSCA_LIST}. The new list is written into a fresh folder beside it, read back with the same
 * code the chip reader uses, and only then swapped in by two renames; the previous folder is kept
 * as {@code <folder>.bak}. A list that is refused (empty, not a CA certificate, unreadable after
 * writing) leaves the folder as it was. A power cut between the two renames leaves the backup,
 * which {@link #recover()} (called on construction) puts back.
 */
public final class CscaFolder implements CscaTrustList {
  private static final Logger log = LoggerFactory.getLogger(CscaFolder.class);
  private static final Base64.Encoder PEM_BASE64 =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private final Path folder;
  private final Path backup;
  private final Consumer<CscaTrustStore> reload;

  /**
   * @param folder the configured CSCA folder (it need not exist yet)
   * @param reload receives the new trust store once it is in place (the chip reader's)
   */
  public CscaFolder(Path folder, Consumer<CscaTrustStore> reload) {
    if (folder == null || reload == null) {
      throw new IllegalArgumentException("the CSCA folder and the reload callback are required");
    }
    this.folder = folder.toAbsolutePath().normalize();
    this.backup = this.folder.resolveSibling(this.folder.getFileName() + ".bak");
    this.reload = reload;
    recover();
  }

  /** Where a kiosk without {@code chip.cscaFolder} keeps the CSCA list IT sends it. */
  public static final String RECEIVED = "csca";

  /**
   * The folder CSCA lists from IT go to: {@code chip.cscaFolder} resolved against the installation,
   * or {@code <dataDir>/csca} when it is blank. Never the installation folder itself, which a blank
   * path would resolve to and the swap would move aside whole.
   */
  public static Path configured(String cscaFolder, Path home, Path dataDir) {
    Path folder =
        cscaFolder == null || cscaFolder.isBlank()
            ? dataDir.resolve(RECEIVED)
            : home.resolve(cscaFolder);
    Path absolute = folder.toAbsolutePath().normalize();
    Path installation = home.toAbsolutePath().normalize();
    if (installation.startsWith(absolute)
        || absolute.equals(dataDir.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException(
          "chip.cscaFolder must be a folder of its own, not the installation or data folder, was '"
              + cscaFolder
              + "'");
    }
    return folder;
  }

  /**
   * The CSCA list a kiosk trusts when it starts: the configured folder resolved against the
   * installation (where IT's updates are written too, so a relative path means the same folder
   * whatever the working directory), else what IT sent to {@code <dataDir>/csca}, else none.
   */
  public static CscaTrustStore atStart(String cscaFolder, Path home, Path dataDir)
      throws IOException {
    return cscaFolder == null || cscaFolder.isBlank()
        ? received(dataDir).orElse(CscaTrustStore.empty())
        : CscaTrustStore.fromDirectory(configured(cscaFolder, home, dataDir));
  }

  /** The list IT sent to a kiosk without {@code chip.cscaFolder}, if it sent one. */
  public static java.util.Optional<CscaTrustStore> received(Path dataDir) throws IOException {
    Path folder = dataDir.resolve(RECEIVED);
    return Files.isDirectory(folder)
        ? java.util.Optional.of(CscaTrustStore.fromDirectory(folder))
        : java.util.Optional.empty();
  }

  public Path folder() {
    return folder;
  }

  public Path backup() {
    return backup;
  }

  /**
   * @throws IllegalArgumentException naming the certificate that is refused; nothing changes then
   * @throws IOException if the new folder cannot be written; nothing changes then
   */
  @Override
  public synchronized void replace(List<X509Certificate> certificates) throws IOException {
    Map<String, X509Certificate> unique = check(certificates);
    Path staging = folder.resolveSibling(folder.getFileName() + ".new-" + UUID.randomUUID());
    CscaTrustStore written;
    try {
      Files.createDirectories(staging);
      int n = 1;
      for (Map.Entry<String, X509Certificate> entry : unique.entrySet()) {
        writeSynced(
            staging.resolve(String.format("csca-%02d-%s.pem", n++, entry.getKey())),
            pem(entry.getValue()));
      }
      written = CscaTrustStore.fromDirectory(staging);
      if (written.size() != unique.size()) {
        throw new IOException(
            "read back " + written.size() + " certificates, wrote " + unique.size());
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(staging);
      throw e;
    }
    swapIn(staging);
    log.info(
        "CSCA list replaced: {} certificates in {} (previous list in {})",
        written.size(),
        folder,
        backup);
    reload.accept(CscaTrustStore.fromDirectory(folder));
  }

  /** Puts the backup back if a swap was cut between its two renames. */
  public void recover() {
    if (!Files.exists(folder) && Files.isDirectory(backup)) {
      try {
        Files.move(backup, folder, StandardCopyOption.ATOMIC_MOVE);
        log.warn("CSCA folder {} was missing; restored the previous list from {}", folder, backup);
      } catch (IOException e) {
        throw new IllegalStateException(
            "CSCA folder " + folder + " is missing and " + backup + " cannot be moved back", e);
      }
    }
  }

  private static Map<String, X509Certificate> check(List<X509Certificate> certificates) {
    if (certificates == null || certificates.isEmpty()) {
      throw new IllegalArgumentException(
          "the CSCA list is empty; an empty list would make every chip untrusted");
    }
    Map<String, X509Certificate> unique = new LinkedHashMap<>();
    for (int i = 0; i < certificates.size(); i++) {
      X509Certificate certificate = certificates.get(i);
      if (certificate == null) {
        throw new IllegalArgumentException("certificate " + (i + 1) + " is missing");
      }
      if (certificate.getBasicConstraints() < 0) {
        throw new IllegalArgumentException(
            "certificate "
                + (i + 1)
                + " ("
                + certificate.getSubjectX500Principal().getName()
                + ") is not a CA certificate; a CSCA must be one");
      }
      unique.putIfAbsent(fingerprint(certificate), certificate);
    }
    return unique;
  }

  private void swapIn(Path staging) throws IOException {
    deleteQuietly(backup);
    boolean hadFolder = Files.exists(folder);
    if (hadFolder) {
      Files.move(folder, backup, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (hadFolder) {
        Files.move(backup, folder, StandardCopyOption.ATOMIC_MOVE);
      }
      deleteQuietly(staging);
      throw e;
    }
    syncDirectory(folder.getParent());
  }

  private static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + PEM_BASE64.encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException(
          "certificate " + certificate.getSubjectX500Principal().getName() + " cannot be encoded",
          e);
    }
  }

  private static String fingerprint(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate cannot be fingerprinted", e);
    }
  }

  private static void writeSynced(Path file, String text) throws IOException {
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
      out.write(text.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      channel.force(true);
    }
  }

  private static void syncDirectory(Path directory) {
    // Makes the renames durable on Linux; other systems may refuse to open a directory.
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      log.debug("cannot sync directory {}: {}", directory, e.getMessage());
    }
  }

  private static void deleteQuietly(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> all = new ArrayList<>(walk.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      log.warn("cannot delete {}: {}", path, e.getMessage());
    }
  }
}
