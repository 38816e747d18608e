package vn.tiepdon.queue.sqlite;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.queue.QueueSettings;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.TicketNumber;

/**
 * Services for load runs: always open, each as large as a day's numbering allows, as many as the
 * run needs (a real service never hands out 20,000 numbers in a day).
 */
final class BenchCatalogue {
  static final int PER_SERVICE = TicketNumber.MAX;

  private BenchCatalogue() {}

  static int servicesFor(int tickets) {
    return Math.max(1, (tickets + PER_SERVICE - 1) / PER_SERVICE);
  }

  static ServiceCode service(int index) {
    return ServiceCode.of("BENCH" + index);
  }

  static QueueSettings settings(int services) {
    List<QueueSettings.Service> list = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      list.add(
          new QueueSettings.Service(
              service(i).value(),
              "Đo tải " + i,
              "Load " + i,
              "Phòng " + i,
              "Room " + i,
              LocalTime.MIN,
              LocalTime.MAX,
              null,
              PER_SERVICE,
              null,
              0,
              0));
    }
    return new QueueSettings(list, null, 5, "https://bench.invalid/{ticket}");
  }
}
