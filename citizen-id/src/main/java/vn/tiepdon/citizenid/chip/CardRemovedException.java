package vn.tiepdon.citizenid.chip;

import java.io.IOException;

/** The card left the reader's field during a session. */
public class CardRemovedException extends IOException {
  public CardRemovedException(String message) {
    super(message);
  }
}
