package vn.tiepdon.citizenid.qr;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.Provinces;

/** The soft checks: oddities worth telling staff about that must not turn a patient away. */
final class CardWarnings {
  /** The Căn cước law took effect, and the QR moved to the 11-field layout, on this day. */
  static final LocalDate CAN_CUOC_START = LocalDate.of(2024, 7, 1);

  private static final int OLDEST_PLAUSIBLE_AGE = 120;

  List<CccdWarning> of(CitizenCard card, LocalDate today) {
    List<CccdWarning> warnings = new ArrayList<>();
    String code = card.id().provinceCode();
    if (Provinces.nameOf(code).isEmpty()) {
      warnings.add(
          new CccdWarning(
              CccdWarning.Kind.UNKNOWN_PROVINCE,
              "province code " + code + " is not in the legacy 63-province table"));
    }
    if (card.expiredOn(today)) {
      warnings.add(
          new CccdWarning(
              CccdWarning.Kind.EXPIRED, "card expired on " + card.expiryDate().orElseThrow()));
    }
    boolean issuedUnderNewLaw = !card.issueDate().isBefore(CAN_CUOC_START);
    if (issuedUnderNewLaw != (card.cardType() == CardType.CAN_CUOC_2024)) {
      warnings.add(
          new CccdWarning(
              CccdWarning.Kind.LAYOUT_DOES_NOT_MATCH_ISSUE_DATE,
              card.cardType() + " QR layout with issueDate " + card.issueDate()));
    }
    if (card.address().isEmpty()) {
      warnings.add(new CccdWarning(CccdWarning.Kind.NO_ADDRESS, "address is empty"));
    }
    if (Period.between(card.dateOfBirth(), today).getYears() > OLDEST_PLAUSIBLE_AGE) {
      warnings.add(
          new CccdWarning(
              CccdWarning.Kind.IMPLAUSIBLE_AGE,
              "dateOfBirth " + card.dateOfBirth() + " makes the holder older than 120"));
    }
    return List.copyOf(warnings);
  }
}
