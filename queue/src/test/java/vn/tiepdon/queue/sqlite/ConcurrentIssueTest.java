package vn.tiepdon.queue.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.DemoCatalogue;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.MutableClock;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketRequest;

/** Several kiosks (threads, each with its own store and connections) on one SQLite file. */
class ConcurrentIssueTest {
  private static final int KIOSKS = 8;
  private static final int TICKETS_EACH = 40;
  private static final ServiceCode NOI = ServiceCode.of("NOI");

  @TempDir Path dir;
  private final ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
  private final MutableClock clock = MutableClock.atVietnamTime("2026-11-23T09:00");

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private IssueTicket kiosk() {
    return new IssueTicket(
        SiteId.of("bv-demo"),
        DemoCatalogue.settings(),
        SqliteQueueStore.open(dir.resolve("kiosk.db")),
        clock);
  }

  private List<Ticket> runAll(List<Callable<Ticket>> work) throws Exception {
    List<Future<Ticket>> futures = pool.invokeAll(work);
    List<Ticket> tickets = new ArrayList<>();
    for (Future<Ticket> future : futures) {
      tickets.add(future.get());
    }
    return tickets;
  }

  @Test
  void concurrentKiosksGetEveryNumberExactlyOnce() throws Exception {
    SqliteQueueStore.open(dir.resolve("kiosk.db"));
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<List<Ticket>>> kiosks = new ArrayList<>();
    for (int k = 0; k < KIOSKS; k++) {
      String prefix = "kiosk" + k + "-";
      kiosks.add(
          () -> {
            IssueTicket queue = kiosk();
            start.await();
            List<Ticket> mine = new ArrayList<>();
            for (int i = 0; i < TICKETS_EACH; i++) {
              mine.add(queue.issue(TicketRequest.of(RequestKey.of(prefix + i), NOI)));
            }
            return mine;
          });
    }
    List<Future<List<Ticket>>> futures = new ArrayList<>();
    for (Callable<List<Ticket>> k : kiosks) {
      futures.add(pool.submit(k));
    }
    start.countDown();
    List<Integer> numbers = new ArrayList<>();
    for (Future<List<Ticket>> f : futures) {
      f.get().forEach(t -> numbers.add(t.number().value()));
    }

    assertThat(numbers)
        .hasSize(KIOSKS * TICKETS_EACH)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, KIOSKS * TICKETS_EACH).boxed().collect(Collectors.toList()));
    List<Ticket> stored =
        kiosk().ticketsOn(clock.instant().atZone(vn.tiepdon.queue.QueueDay.ZONE).toLocalDate());
    assertThat(stored).hasSize(KIOSKS * TICKETS_EACH);
  }

  @Test
  void aRequestTappedOnManyThreadsAtOnceGivesOneTicket() throws Exception {
    SqliteQueueStore.open(dir.resolve("kiosk.db"));
    IssueTicket queue = kiosk();
    TicketRequest doubleTap = TicketRequest.of(RequestKey.of("tap-tap-tap"), NOI);
    List<Callable<Ticket>> taps = new ArrayList<>();
    for (int i = 0; i < KIOSKS * 2; i++) {
      taps.add(() -> queue.issue(doubleTap));
    }

    List<Ticket> tickets = runAll(taps);

    assertThat(tickets.stream().distinct()).hasSize(1);
    assertThat(queue.today().of(NOI).issued()).isEqualTo(1);
  }
}
