package vn.tiepdon.ui.config;

/**
 * What a kiosk with the face step does when its face models are missing or not the expected files
 * ({@code face.ifModelsMissing}).
 */
public enum MissingFaceModels {
  /** A hospital kiosk: refuse to start, naming the file, so that nobody meets a broken step. */
  STOP_AT_START,
  /**
   * The demo on a machine without the models: the kiosk starts, the face step says that faces
   * cannot be checked here and offers staff. Never a match.
   */
  CALL_STAFF
}
