package vn.tiepdon.devices.camera.opencv;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OpenCV's native library (bundled in org.openpnp:opencv for Linux x86-64/ARM, macOS,
 * Windows) once per process. A failure is remembered and reported, not retried per frame.
 */
public final class OpenCvNatives {
  private static final Logger log = LoggerFactory.getLogger(OpenCvNatives.class);
  private static Optional<String> problem;

  private OpenCvNatives() {}

  /** Loads the library if not done yet; returns why it could not be loaded, or empty. */
  public static synchronized Optional<String> load() {
    if (problem == null) {
      try {
        // loadLocally extracts the bundled library and System.load()s it; loadShared does not
        // work from Java 12 on.
        nu.pattern.OpenCV.loadLocally();
        problem = Optional.empty();
        log.info("OpenCV {} loaded", org.opencv.core.Core.VERSION);
      } catch (RuntimeException | LinkageError e) {
        problem = Optional.of("OpenCV native library could not be loaded: " + e);
        log.error("{}", problem.get());
      }
    }
    return problem;
  }
}
