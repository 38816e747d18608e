package vn.tiepdon.citizenid.face.opencv;

/** Loads OpenCV's native library (from the openpnp jar) once per process. */
public final class OpenCvRuntime {
  private static boolean loaded;

  private OpenCvRuntime() {}

  public static synchronized void load() {
    if (!loaded) {
      // loadLocally: loadShared does not work on Java 12+ (openpnp README).
      nu.pattern.OpenCV.loadLocally();
      loaded = true;
    }
  }
}
