package vn.tiepdon.provisioning.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.tiepdon.provisioning.telemetry.BirthSequence;
import vn.tiepdon.provisioning.topic.KioskRef;

/** The birth sequence in table {@code telemetry_birth_sequence}. */
public final class SqliteBirthSequence implements BirthSequence {
  private static final String NEXT =
      "INSERT INTO telemetry_birth_sequence (kiosk, bd_seq) VALUES (?, 0)"
          + " ON CONFLICT (kiosk) DO UPDATE SET bd_seq = bd_seq + 1 RETURNING bd_seq";

  private final DataSource dataSource;

  public SqliteBirthSequence(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public long next(KioskRef kiosk) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement next = connection.prepareStatement(NEXT)) {
      next.setString(1, kiosk.toString());
      try (ResultSet row = next.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot take the next birth sequence for " + kiosk, e);
    }
  }
}
