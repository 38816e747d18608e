package vn.tiepdon.citizenid.face.fetch;

/** A model could not be installed; the message names the file, the URL and what went wrong. */
public final class ModelDownloadException extends Exception {
  /** What went wrong. */
  public enum Reason {
    NETWORK,
    HTTP_STATUS,
    HTML_PAGE,
    TOO_LARGE,
    CHECKSUM,
    LOCAL_FILE
  }

  private final Reason reason;

  public ModelDownloadException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ModelDownloadException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
