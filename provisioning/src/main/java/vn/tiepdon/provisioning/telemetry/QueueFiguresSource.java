package vn.tiepdon.provisioning.telemetry;

/** Where the health report gets today's queue figures; adapted from the queue module. */
@FunctionalInterface
public interface QueueFiguresSource {
  QueueFigures todaysFigures();
}
