package vn.tiepdon.ui.cashier.fx;

import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.intent.PaymentStatus;

/** Row backgrounds: colour backs the status word, never replaces it (UX: colour + text). */
final class RowColours {
  private static final String GREEN = "-fx-background-color: #d8f0dc;";
  private static final String AMBER = "-fx-background-color: #fbefcf;";
  private static final String RED = "-fx-background-color: #f3d6d6;";
  private static final String GREY = "-fx-background-color: #e9e9e9;";

  private RowColours() {}

  static String of(PaymentStatus status) {
    return switch (status) {
      case PAID -> GREEN;
      case PARTIAL, OVERPAID -> AMBER;
      case EXPIRED, CANCELLED -> GREY;
      case OPEN -> "";
    };
  }

  static String of(TransferState state) {
    return switch (state) {
      case BOOKED -> GREEN;
      case LATE -> AMBER;
      case UNMATCHED -> RED;
    };
  }
}
