package vn.tiepdon.citizenid;

import java.util.Optional;

/**
 * The 12-digit personal identification number (số định danh cá nhân), laid out {@code PPP G YY
 * RRRRRR}: birth-registration province, century-and-sex digit, the last two digits of the birth
 * year and six random digits. There is no check digit.
 *
 * <p>This is personal data (Decree 13/2023): {@link #toString()} and every exception message show
 * at most the {@link #masked()} form.
 */
public final class CitizenId {
  private static final int LENGTH = 12;
  private static final int FIRST_CENTURY = 1900;

  private final String value;

  private CitizenId(String value) {
    this.value = value;
  }

  /**
   * @throws IllegalArgumentException naming the problem (length, non-digit position), never the
   *     number itself
   */
  public static CitizenId of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("citizen id must not be null");
    }
    problemWith(value)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("citizen id " + problem);
            });
    return new CitizenId(value);
  }

  /**
   * Why {@code candidate} is not a well-formed ID, in words that never repeat the candidate, or
   * empty when it is one.
   */
  public static Optional<String> problemWith(String candidate) {
    if (candidate.length() != LENGTH) {
      return Optional.of(
          "must be exactly " + LENGTH + " digits, got " + candidate.length() + " characters");
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = candidate.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of("must be digits only, found a non-digit at position " + (i + 1));
      }
    }
    return Optional.empty();
  }

  public String value() {
    return value;
  }

  /** First three and last three digits, e.g. {@code 079******234}: safe for logs and screens. */
  public String masked() {
    return value.substring(0, 3) + "******" + value.substring(LENGTH - 3);
  }

  /** The three-digit province (or country) code where the birth was registered. */
  public String provinceCode() {
    return value.substring(0, 3);
  }

  public Sex sex() {
    return centuryDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
  }

  /** The birth year the ID encodes, from the century digit and the two year digits. */
  public int birthYear() {
    int century = FIRST_CENTURY + (centuryDigit() / 2) * 100;
    return century + Integer.parseInt(value.substring(4, 6));
  }

  /** The last 9 digits: the document number in the chip's MRZ and the BAC key. */
  public String documentNumber() {
    return value.substring(3);
  }

  /** The last 6 digits: the card access number for PACE, since the card has no printed CAN. */
  public String cardAccessNumber() {
    return value.substring(6);
  }

  private int centuryDigit() {
    return value.charAt(3) - '0';
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CitizenId id && id.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form, so that logging an ID by accident reveals nothing. */
  @Override
  public String toString() {
    return masked();
  }
}
