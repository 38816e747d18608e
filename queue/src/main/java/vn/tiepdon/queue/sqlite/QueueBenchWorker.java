package vn.tiepdon.queue.sqlite;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketRequest;

/**
 * One kiosk process issuing tickets as fast as it can, for {@link QueueBenchmark} and the kill -9
 * test. Prints one line per recorded ticket, {@code <service> <number> <latency ns>}, after the
 * transaction committed.
 *
 * <p>Arguments: database file, ticket count, threads, request-key prefix, number of services.
 */
public final class QueueBenchWorker {
  static final SiteId SITE = SiteId.of("bench");

  private QueueBenchWorker() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: QueueBenchWorker DB TICKETS THREADS KEY_PREFIX SERVICES");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<long[]> results =
        issue(
            Path.of(args[0]),
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            args[3],
            Integer.parseInt(args[4]),
            line -> out.println(line));
    out.flush();
    System.exit(results.isEmpty() && Integer.parseInt(args[1]) > 0 ? 1 : 0);
  }

  /** Issues {@code tickets} tickets on {@code threads} threads; returns (number, nanos) pairs. */
  static List<long[]> issue(
      Path db,
      int tickets,
      int threads,
      String keyPrefix,
      int services,
      java.util.function.Consumer<String> progress)
      throws Exception {
    IssueTicket queue =
        new IssueTicket(
            SITE,
            BenchCatalogue.settings(services),
            new SqliteQueueStore(QueueDatabase.open(db)),
            Clock.systemUTC());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<long[]>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  List<long[]> mine = new ArrayList<>();
                  for (int i = thread; i < tickets; i += threads) {
                    TicketRequest request =
                        TicketRequest.of(
                            RequestKey.of(keyPrefix + "-" + i),
                            BenchCatalogue.service(i % services));
                    long start = System.nanoTime();
                    Ticket ticket = queue.issue(request);
                    long nanos = System.nanoTime() - start;
                    mine.add(new long[] {ticket.number().value(), nanos});
                    progress.accept(ticket.service() + " " + ticket.number() + " " + nanos);
                  }
                  return mine;
                }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<List<long[]>> future : futures) {
        all.addAll(future.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
