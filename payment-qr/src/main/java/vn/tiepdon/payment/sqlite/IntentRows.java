package vn.tiepdon.payment.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * The {@code payment_intent} row, shared by the kiosk's intent store and the desk's ledger: how a
 * row reads back, and the optimistic update that changes only status, received amount and expiry.
 */
final class IntentRows {
  private IntentRows() {}

  /**
   * Writes {@code next} only if the row still holds {@code expected}.
   *
   * @return false when someone else changed the intent first
   */
  static boolean compareAndSet(Connection c, PaymentIntent expected, PaymentIntent next)
      throws SQLException {
    if (!next.reference().equals(expected.reference())
        || !next.amount().equals(expected.amount())
        || !next.ticketRef().equals(expected.ticketRef())
        || !next.createdAt().equals(expected.createdAt())) {
      throw new IllegalArgumentException(
          "an update may change only status, received and expiry of " + expected.reference());
    }
    String sql =
        "UPDATE payment_intent SET status = ?, received_dong = ?, expires_at_ms = ?"
            + " WHERE reference = ? AND status = ? AND received_dong = ? AND expires_at_ms = ?";
    try (PreparedStatement update = c.prepareStatement(sql)) {
      update.setString(1, next.status().name());
      update.setLong(2, next.received().dong());
      update.setLong(3, next.expiresAt().toEpochMilli());
      update.setString(4, expected.reference().value());
      update.setString(5, expected.status().name());
      update.setLong(6, expected.received().dong());
      update.setLong(7, expected.expiresAt().toEpochMilli());
      return update.executeUpdate() == 1;
    }
  }

  static PaymentIntent intentOf(ResultSet row) throws SQLException {
    return new PaymentIntent(
        new ReferenceCode(row.getString("reference")),
        Money.ofDong(row.getLong("amount_dong")),
        Money.ofDong(row.getLong("received_dong")),
        row.getString("ticket_ref"),
        Instant.ofEpochMilli(row.getLong("created_at_ms")),
        Instant.ofEpochMilli(row.getLong("expires_at_ms")),
        PaymentStatus.valueOf(row.getString("status")));
  }
}
