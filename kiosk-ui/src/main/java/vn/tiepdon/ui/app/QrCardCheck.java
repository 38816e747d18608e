package vn.tiepdon.ui.app;

import java.time.Clock;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.citizenid.qr.InvalidCccdQrException;
import vn.tiepdon.ui.flow.CardCheck;
import vn.tiepdon.ui.flow.FailureKind;
import vn.tiepdon.ui.flow.PatientSummary;

/** The flow's card check on the citizen-id module's QR parser and its validation rules. */
final class QrCardCheck implements CardCheck {
  private final CccdQrParser parser;

  QrCardCheck(Clock clock) {
    this.parser = new CccdQrParser(clock);
  }

  @Override
  public Result checkQr(String qrText) {
    try {
      CitizenCard card = parser.parse(qrText).card();
      return new Accepted(
          new PatientSummary(card.fullName(), card.id().masked(), card.dateOfBirth()), card);
    } catch (InvalidCccdQrException e) {
      return new Rejected(
          e.reason() == InvalidCccdQrException.Reason.NOT_A_CCCD_QR
              ? FailureKind.NOT_A_CCCD_QR
              : FailureKind.QR_UNREADABLE);
    }
  }
}
