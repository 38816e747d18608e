package vn.tiepdon.queue.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Ticket numbering under contention: threads (and optionally separate JVM processes, like kiosks
 * sharing one database file) issue tickets as fast as they can; afterwards the store is checked for
 * duplicate numbers and gaps. For {@code tiepdon bench queue}.
 */
public final class QueueBenchmark {
  /** What a run measured; {@code duplicates} and {@code gaps} must be 0. */
  public record Result(
      int tickets,
      int threads,
      int processes,
      int duplicates,
      int gaps,
      double perSecond,
      double p99Ms) {}

  /** Numbering integrity of the whole store: duplicate numbers, missing numbers, tickets. */
  public record Integrity(int tickets, int duplicates, int gaps, int unrecordedNumbers) {}

  private QueueBenchmark() {}

  /**
   * Runs the benchmark on {@code db} (created if missing). With {@code processes} above 1 the
   * tickets are issued by that many child JVMs with {@code threads} threads each.
   */
  public static Result run(Path db, int threads, int tickets, int processes) {
    requirePositive("threads", threads);
    requirePositive("tickets", tickets);
    requirePositive("processes", processes);
    QueueMigrations.migrate(QueueDatabase.open(db));
    int services = BenchCatalogue.servicesFor(tickets);
    String runId = UUID.randomUUID().toString().substring(0, 8);
    long start = System.nanoTime();
    long[] latencies =
        processes == 1
            ? inProcess(db, threads, tickets, runId, services)
            : inChildren(db, threads, tickets, processes, runId, services);
    double seconds = (System.nanoTime() - start) / 1e9;
    Integrity integrity = check(QueueDatabase.open(db));
    return new Result(
        latencies.length,
        threads,
        processes,
        integrity.duplicates(),
        integrity.gaps() + integrity.unrecordedNumbers(),
        Math.round(latencies.length / seconds * 10) / 10.0,
        Math.round(percentile(latencies, 0.99) / 1e4) / 100.0);
  }

  /** Checks every site, service and day sequence in the store. */
  public static Integrity check(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      int tickets = single(s, "SELECT count(*) FROM queue_ticket");
      int duplicates =
          single(
              s,
              "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM queue_ticket"
                  + " GROUP BY site, service_code, service_day, number HAVING n > 1)");
      int gaps =
          single(
              s,
              "SELECT coalesce(sum(top - used), 0) FROM (SELECT max(number) AS top,"
                  + " count(DISTINCT number) AS used FROM queue_ticket"
                  + " GROUP BY site, service_code, service_day)");
      int unrecorded =
          single(
              s,
              "SELECT coalesce(sum(q.last_number - coalesce(t.top, 0)), 0) FROM queue_sequence q"
                  + " LEFT JOIN (SELECT site, service_code, service_day, max(number) AS top"
                  + " FROM queue_ticket GROUP BY site, service_code, service_day) t"
                  + " USING (site, service_code, service_day)");
      return new Integrity(tickets, duplicates, gaps, unrecorded);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check the queue store: " + e.getMessage(), e);
    }
  }

  private static int single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static long[] inProcess(Path db, int threads, int tickets, String runId, int services) {
    try {
      return QueueBenchWorker.issue(db, tickets, threads, runId, services, line -> {}).stream()
          .mapToLong(pair -> pair[1])
          .toArray();
    } catch (Exception e) {
      throw new IllegalStateException("benchmark run failed: " + e.getMessage(), e);
    }
  }

  private static long[] inChildren(
      Path db, int threads, int tickets, int processes, String runId, int services) {
    List<Process> children = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      int share = tickets / processes + (p < tickets % processes ? 1 : 0);
      children.add(startWorker(db, share, threads, runId + "-p" + p, services));
    }
    List<Long> latencies = new ArrayList<>();
    for (Process child : children) {
      latencies.addAll(collect(child));
    }
    return latencies.stream().mapToLong(Long::longValue).toArray();
  }

  /** Starts a worker JVM on this JVM's class path; its stderr goes to ours. */
  static Process startWorker(Path db, int tickets, int threads, String keyPrefix, int services) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            QueueBenchWorker.class.getName(),
            db.toAbsolutePath().toString(),
            Integer.toString(tickets),
            Integer.toString(threads),
            keyPrefix,
            Integer.toString(services));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a benchmark worker JVM", e);
    }
  }

  private static List<Long> collect(Process child) {
    List<Long> latencies = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        latencies.add(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)));
      }
      int status = child.waitFor();
      if (status != 0) {
        throw new IllegalStateException("benchmark worker exited with status " + status);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a benchmark worker's output", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a benchmark worker", e);
    }
    return latencies;
  }

  private static double percentile(long[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
  }
}
