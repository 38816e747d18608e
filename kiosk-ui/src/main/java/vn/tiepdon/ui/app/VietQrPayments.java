package vn.tiepdon.ui.app;

import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.intent.PaymentOutcome;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.vietqr.VietQrCodec;
import vn.tiepdon.ui.flow.IssuedTicket;
import vn.tiepdon.ui.flow.PaymentRequest;
import vn.tiepdon.ui.flow.Payments;

/** Fees as payment intents in SQLite, shown as dynamic VietQR codes. */
final class VietQrPayments implements Payments {
  private final PaymentIntents intents;
  private final VietQrCodec codec = new VietQrCodec();

  VietQrPayments(PaymentIntents intents) {
    this.intents = intents;
  }

  @Override
  public Optional<PaymentRequest> requestFor(IssuedTicket ticket) {
    if (ticket.feeDong() <= 0) {
      return Optional.empty();
    }
    // One open intent per ticket: coming back to the payment screen shows the same code.
    PaymentIntent intent =
        intents.forTicket(ticket.ticketId()).stream()
            .filter(i -> i.status() == PaymentStatus.OPEN)
            .findFirst()
            .orElseGet(() -> intents.create(Money.ofDong(ticket.feeDong()), ticket.ticketId()));
    return Optional.of(
        new PaymentRequest(
            intent.reference().value(),
            intent.amount().dong(),
            codec.encode(intents.vietQrPayload(intent)),
            intent.expiresAt()));
  }

  /** The intents behind the codes shown, for the kiosk's other payment paths. */
  PaymentIntents intents() {
    return intents;
  }

  /** Books a transfer against the intent with this reference; true when it is now paid. */
  boolean bookTransfer(String reference, long dong, Instant at) {
    PaymentOutcome outcome = intents.markPaid(new ReferenceCode(reference), Money.ofDong(dong), at);
    return outcome instanceof PaymentOutcome.Booked booked
        && booked.intent().status() == PaymentStatus.PAID;
  }
}
