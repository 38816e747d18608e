package vn.tiepdon.queue.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.tiepdon.queue.DemoCatalogue;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.MutableClock;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketRequest;

/** Any mix of new and repeated requests gives each service the numbers 1..n, once each. */
class NumberingPropertiesTest {
  private static final List<ServiceCode> SERVICES =
      List.of(ServiceCode.of("TMH"), ServiceCode.of("MAT"), ServiceCode.of("RHM"));

  @Property(tries = 25)
  void repeatedAndNewRequestsNumberEachServiceWithoutGapsOrRepeats(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 14) Integer> taps)
      throws IOException {
    Path dir = Files.createTempDirectory("numbering");
    try {
      IssueTicket queue =
          new IssueTicket(
              SiteId.of("bv-demo"),
              DemoCatalogue.settings(),
              SqliteQueueStore.open(dir.resolve("kiosk.db")),
              MutableClock.atVietnamTime("2026-11-23T10:00"));
      Map<Integer, Ticket> firstTicketOfKey = new HashMap<>();

      for (int key : taps) {
        Ticket ticket =
            queue.issue(
                TicketRequest.of(RequestKey.of("key-" + key), SERVICES.get(key % SERVICES.size())));
        assertThat(firstTicketOfKey.computeIfAbsent(key, k -> ticket)).isEqualTo(ticket);
      }

      Map<ServiceCode, List<Integer>> numbers =
          firstTicketOfKey.values().stream()
              .collect(
                  Collectors.groupingBy(
                      Ticket::service,
                      Collectors.mapping(t -> t.number().value(), Collectors.toList())));
      numbers.forEach(
          (service, issued) ->
              assertThat(issued)
                  .containsExactlyInAnyOrderElementsOf(
                      IntStream.rangeClosed(1, issued.size()).boxed().toList()));
      assertThat(queue.today().issuedTotal()).isEqualTo(firstTicketOfKey.size());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
