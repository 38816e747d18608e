package vn.tiepdon.queue;

/** The site coordinator could not be reached; the kiosk goes on with the numbers it holds. */
public final class CoordinatorUnavailableException extends RuntimeException {
  public CoordinatorUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
