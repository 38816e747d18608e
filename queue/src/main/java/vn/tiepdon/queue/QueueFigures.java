package vn.tiepdon.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The day's figures per service, in catalogue order: for telemetry and the department screen. */
public record QueueFigures(LocalDate day, List<ServiceLoad> services) {
  public QueueFigures {
    Objects.requireNonNull(day, "day");
    services = List.copyOf(services);
  }

  public int issuedTotal() {
    return services.stream().mapToInt(ServiceLoad::issued).sum();
  }

  public ServiceLoad of(ServiceCode code) {
    return services.stream()
        .filter(load -> load.service().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figures for service " + code));
  }
}
