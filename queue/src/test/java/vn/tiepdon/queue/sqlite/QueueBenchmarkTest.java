package vn.tiepdon.queue.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueBenchmarkTest {
  @TempDir Path dir;

  @Test
  void threadsInOneProcessLeaveNoDuplicatesAndNoGaps() {
    QueueBenchmark.Result result = QueueBenchmark.run(dir.resolve("bench.db"), 4, 300, 1);

    assertThat(result.tickets()).isEqualTo(300);
    assertThat(result.threads()).isEqualTo(4);
    assertThat(result.processes()).isEqualTo(1);
    assertThat(result.duplicates()).isZero();
    assertThat(result.gaps()).isZero();
    assertThat(result.perSecond()).isPositive();
    assertThat(result.p99Ms()).isPositive();
    assertThat(QueueBenchmark.check(QueueDatabase.open(dir.resolve("bench.db"))))
        .isEqualTo(new QueueBenchmark.Integrity(300, 0, 0, 0));
  }

  @Test
  void theIntegrityCheckFindsDuplicatesGapsAndNumbersWithoutTickets() throws SQLException {
    DataSource db = QueueDatabase.open(dir.resolve("broken.db"));
    QueueMigrations.migrate(db);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      // A store written by "read max, add one" code: the unique constraint has to go first.
      s.execute("CREATE TABLE t AS SELECT * FROM queue_ticket WHERE 0");
      s.execute("DROP TABLE queue_ticket");
      s.execute("ALTER TABLE t RENAME TO queue_ticket");
      for (int number : new int[] {1, 2, 2, 4}) {
        s.execute(
            "INSERT INTO queue_ticket (ticket_id, request_key, site, service_code, service_day,"
                + " number, issued_at_ms, priority_group, sort_weight, priority_origin, position,"
                + " eta_minutes, print_status) VALUES ('id"
                + number
                + "-"
                + System.nanoTime()
                + "', 'k"
                + System.nanoTime()
                + "', 'bench', 'NOI', '2026-11-23', "
                + number
                + ", 0, 'NONE', 0, 'NONE', 1, 0, 'PENDING')");
      }
      s.execute("INSERT INTO queue_sequence VALUES ('bench', 'NOI', '2026-11-23', 6)");
    }

    assertThat(QueueBenchmark.check(db)).isEqualTo(new QueueBenchmark.Integrity(4, 1, 1, 2));
  }

  @Test
  void rejectsNonsenseArguments() {
    assertThatThrownBy(() -> QueueBenchmark.run(dir.resolve("x.db"), 0, 10, 1))
        .hasMessage("threads must be > 0, was 0");
    assertThatThrownBy(() -> QueueBenchmark.run(dir.resolve("x.db"), 1, -5, 1))
        .hasMessage("tickets must be > 0, was -5");
  }
}
