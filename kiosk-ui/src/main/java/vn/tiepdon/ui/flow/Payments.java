package vn.tiepdon.ui.flow;

import java.util.Optional;

/** Fees paid by VietQR bank transfer. */
public interface Payments {
  /** The payment to request for a ticket, or empty when nothing is due now. */
  Optional<PaymentRequest> requestFor(IssuedTicket ticket);
}
