package vn.tiepdon.payment.desk;

import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reconcile.Outcome;

/** Intent statuses as reconciliation outcomes. */
public final class DeskOutcomes {
  private DeskOutcomes() {}

  /** PAID → MATCHED, PARTIAL, OVERPAID; anything without money → UNPAID_INTENT. */
  public static Outcome ofIntent(PaymentStatus status) {
    return switch (status) {
      case PAID -> Outcome.MATCHED;
      case PARTIAL -> Outcome.PARTIAL;
      case OVERPAID -> Outcome.OVERPAID;
      case OPEN, EXPIRED, CANCELLED -> Outcome.UNPAID_INTENT;
    };
  }
}
