package vn.tiepdon.citizenid;

import java.text.Normalizer;

/** Names and addresses as compared and stored: NFC, because readers may deliver either form. */
final class CardText {
  private static final int REPLACEMENT_CHARACTER = 0xFFFD;
  private static final String NAME_PUNCTUATION = " -'.";

  private CardText() {}

  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  /**
   * Index of the first control, invisible formatting (e.g. a right-to-left override) or replacement
   * character (left where bytes were not valid UTF-8), or -1 when there is none.
   */
  static int firstBadCharacter(String text) {
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      if (Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT
          || c == REPLACEMENT_CHARACTER) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Index of the first character no name holds (digits, symbols, emoji; often the mark of a
   * mis-decoded scan), or -1 when the name is letters, combining marks, spaces, '-', ''' and '.'.
   */
  static int firstNonNameCharacter(String name) {
    for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
      int c = name.codePointAt(i);
      int type = Character.getType(c);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
      if (!Character.isLetter(c) && !mark && NAME_PUNCTUATION.indexOf(c) < 0) {
        return i;
      }
    }
    return -1;
  }
}
