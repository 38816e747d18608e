package vn.tiepdon.citizenid.face;

import java.nio.file.Path;

/**
 * A model file is missing, unreadable or not the expected file. Raised at start-up, so that a kiosk
 * without its models says so instead of failing at the first patient.
 */
public final class FaceModelException extends RuntimeException {
  private final Path file;

  public FaceModelException(Path file, String message) {
    super(message);
    this.file = file;
  }

  public FaceModelException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
