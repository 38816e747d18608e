package vn.tiepdon.queue;

/** The ticket store failed (disk, lock timeout, corruption); nothing of the request was kept. */
public final class QueueStorageException extends RuntimeException {
  public QueueStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
