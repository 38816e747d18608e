package vn.tiepdon.citizenid;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The expiry date the law gives a card: the holder's birthday at the first renewal age that is more
 * than two years after the issue date (Law 2014 Art. 21, Law 26/2023 Art. 21). A card issued within
 * two years before a renewal age skips to the next one, so a card issued at 58 or later never
 * expires. A 29 February birthday falls on 28 February in common years.
 */
public final class CardExpiry {
  private static final int GRACE_YEARS = 2;

  private CardExpiry() {}

  /** Empty when the card has no expiry ("không thời hạn"). */
  public static Optional<LocalDate> of(CardType type, LocalDate dateOfBirth, LocalDate issueDate) {
    for (int age : type.renewalAges()) {
      LocalDate birthday = dateOfBirth.plusYears(age);
      if (issueDate.isBefore(birthday.minusYears(GRACE_YEARS))) {
        return Optional.of(birthday);
      }
    }
    return Optional.empty();
  }
}
