package vn.tiepdon.payment.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import vn.tiepdon.payment.intent.PaymentStoreException;

/** How the payment stores report a database failure, the same way in each of them. */
final class SqlFailures {
  private SqlFailures() {}

  /** What the store was doing, the driver's words and the SQL state. */
  static PaymentStoreException failure(String what, SQLException e) {
    return new PaymentStoreException(
        "cannot " + what + ": " + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
  }

  static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is what matters
    }
  }
}
