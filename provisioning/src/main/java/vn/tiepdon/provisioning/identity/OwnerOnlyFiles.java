package vn.tiepdon.provisioning.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files with keys or secrets: created with mode 600 from the first byte (never world-readable for a
 * moment), written to a temporary file and moved into place, so a power cut leaves the old file or
 * the new one, never half of one.
 */
public final class OwnerOnlyFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  /** Writes a new file; fails with {@link FileAlreadyExistsException} if it exists. */
  static void write(Path file, ContentWriter content) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    replace(file, content);
  }

  /** Writes or replaces a file atomically with mode 600. */
  public static void replace(Path file, ContentWriter content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary =
        Files.createTempFile(folder, "." + file.getFileName(), ".tmp", ownerOnly(folder));
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.write(out);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Whether the file is readable by its owner only (always true where there are no POSIX modes).
   */
  public static boolean isOwnerOnly(Path file) throws IOException {
    if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
      return true;
    }
    return OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file));
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) throws IOException {
    if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
  }

  /** What goes into the file. */
  public interface ContentWriter {
    void write(OutputStream out) throws IOException;
  }
}
