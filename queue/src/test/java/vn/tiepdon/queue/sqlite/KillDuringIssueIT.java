package vn.tiepdon.queue.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kiosk processes are killed with SIGKILL in the middle of issuing tickets: every ticket a process
 * reported as issued is still there, no number is recorded twice or skipped, and the next process
 * carries on from the last recorded number.
 */
class KillDuringIssueIT {
  private static final int KIOSKS = 2;
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void killMinusNineLosesNoIssuedTicketAndDuplicatesNoNumber() throws Exception {
    Path db = dir.resolve("kiosk.db");
    QueueMigrations.migrate(QueueDatabase.open(db));
    Set<String> reported = new HashSet<>();

    for (int round = 0; round < ROUNDS; round++) {
      List<Process> kiosks = new ArrayList<>();
      List<BufferedReader> outputs = new ArrayList<>();
      for (int k = 0; k < KIOSKS; k++) {
        Process kiosk = QueueBenchmark.startWorker(db, 1_000_000, 3, "r" + round + "k" + k, 1);
        kiosks.add(kiosk);
        outputs.add(
            new BufferedReader(
                new InputStreamReader(kiosk.getInputStream(), StandardCharsets.UTF_8)));
      }
      for (BufferedReader output : outputs) {
        for (int line = 0; line < 40 + 25 * outputs.indexOf(output); line++) {
          String issued = output.readLine();
          assertThat(issued).as("a kiosk died before issuing").isNotNull();
          reported.add(serviceAndNumber(issued));
        }
      }
      for (Process kiosk : kiosks) {
        // SIGKILL: no shutdown hooks, no finally blocks, no rollback. (Process.destroyForcibly
        // would also close our end of its output, losing the lines it printed last.)
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(kiosk.pid())).start();
        assertThat(kill.waitFor()).isZero();
        assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(kiosk.exitValue()).isEqualTo(137);
      }
      drainRemaining(outputs, reported);

      DataSource reopened = QueueDatabase.open(db);
      assertThat(integrityCheck(reopened)).isEqualTo("ok");
      QueueBenchmark.Integrity integrity = QueueBenchmark.check(reopened);
      assertThat(integrity.duplicates()).isZero();
      assertThat(integrity.gaps()).isZero();
      assertThat(integrity.unrecordedNumbers()).isZero();
      assertThat(recorded(reopened)).containsAll(reported);
    }

    List<long[]> after = QueueBenchWorker.issue(db, 10, 1, "after", 1, line -> {});
    QueueBenchmark.Integrity end = QueueBenchmark.check(QueueDatabase.open(db));
    assertThat(end.duplicates()).isZero();
    assertThat(end.gaps()).isZero();
    assertThat(after.stream().mapToLong(pair -> pair[0]).max().orElseThrow())
        .isEqualTo(end.tickets());
  }

  /** Lines already in the pipe were printed after their commit, so they count as reported. */
  private static void drainRemaining(List<BufferedReader> outputs, Set<String> reported)
      throws IOException {
    for (BufferedReader output : outputs) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.split(" ").length == 3) {
          reported.add(serviceAndNumber(line));
        }
      }
    }
  }

  private static String serviceAndNumber(String line) {
    return line.substring(0, line.lastIndexOf(' '));
  }

  private static Set<String> recorded(DataSource db) throws SQLException {
    Set<String> numbers = new HashSet<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT service_code, number FROM queue_ticket")) {
      while (rs.next()) {
        numbers.add(rs.getString(1) + " " + rs.getInt(2));
      }
    }
    return numbers;
  }

  private static String integrityCheck(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
