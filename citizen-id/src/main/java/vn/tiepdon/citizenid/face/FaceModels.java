package vn.tiepdon.citizenid.face;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The folder holding the face models, and the one way to read a model from it: verified against its
 * sha256 first. A downloaded "model" can be an HTML error page, or a truncated or different file;
 * each case is a {@link FaceModelException} naming the file, the expected and the actual hash.
 */
public final class FaceModels {
  /** Environment variable naming the models folder. */
  public static final String ENVIRONMENT_VARIABLE = "TIEPDON_MODELS";

  private final Path folder;

  private FaceModels(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public static FaceModels in(Path folder) {
    return new FaceModels(folder);
  }

  /**
   * {@code TIEPDON_MODELS} when set, else {@code ../shared/models} relative to {@code base} (the
   * checkout or installation folder).
   */
  public static Path defaultFolder(Map<String, String> environment, Path base) {
    String configured = environment.get(ENVIRONMENT_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return base.resolve("../shared/models").normalize();
  }

  public Path folder() {
    return folder;
  }

  public Path pathOf(ModelFile model) {
    return folder.resolve(model.fileName());
  }

  public boolean present(ModelFile model) {
    return Files.isRegularFile(pathOf(model));
  }

  /**
   * Reads the model and checks its sha256; the bytes returned are the bytes checked (load from
   * them, not from the path, so that nothing can swap the file in between).
   */
  public byte[] verifiedBytes(ModelFile model) {
    Path path = pathOf(model);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new FaceModelException(
          path,
          "face model "
              + model.fileName()
              + " not found in "
              + folder
              + " (install it with 'tiepdon models fetch' or point "
              + ENVIRONMENT_VARIABLE
              + " at the models folder)");
    } catch (IOException e) {
      throw new FaceModelException(
          path, "face model " + path + " cannot be read: " + e.getMessage(), e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(model.sha256())) {
      throw new FaceModelException(path, mismatch(model, path, actual, bytes));
    }
    return bytes;
  }

  /** Checks the file and returns its path, for OpenCV APIs that only load from a path. */
  public Path verifiedPath(ModelFile model) {
    verifiedBytes(model);
    return pathOf(model);
  }

  /** The message for a file whose hash is not the expected one. */
  public static String mismatch(ModelFile model, Path path, String actual, byte[] head) {
    return "face model "
        + path
        + " is not the expected file: sha256 expected "
        + model.sha256()
        + ", actual "
        + actual
        + " ("
        + head.length
        + " bytes, expected "
        + model.bytes()
        + (looksLikeHtml(head) ? "; it is an HTML page, probably a failed download" : "")
        + ")";
  }

  /** Whether these first bytes are an HTML document (a web server's error or login page). */
  public static boolean looksLikeHtml(byte[] head) {
    String start =
        new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.contains("<head");
  }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
