package vn.tiepdon.devices.card;

import java.io.IOException;
import java.util.Objects;

/**
 * Talking to a card failed; {@link #failure()} says why in a way callers can act on (an IOException
 * so that chip-reading code built on I/O streams passes it on unchanged).
 */
public final class CardChannelException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why a card exchange failed. */
  public enum Failure {
    /** No card is on the reader. */
    NO_CARD,
    /** The card was taken off the reader before or during the exchange. */
    CARD_REMOVED,
    /** The reader says the card did not answer (moved, bad contact, dead chip). */
    CARD_MUTE,
    /** The reader did not answer within the configured time. */
    TIMEOUT,
    /** The reader answered with an error of its own. */
    READER_ERROR,
    /** The command or response does not fit the reader's protocol (e.g. too long). */
    TOO_LONG,
    /** The reader is not connected (unplugged, not found). */
    UNPLUGGED,
    /** The reader was closed by the application. */
    CLOSED
  }

  private final Failure failure;

  public CardChannelException(Failure failure, String message) {
    super(failure + ": " + Objects.requireNonNull(message, "message"));
    this.failure = Objects.requireNonNull(failure, "failure");
  }

  public Failure failure() {
    return failure;
  }
}
