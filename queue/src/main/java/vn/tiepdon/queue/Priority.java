package vn.tiepdon.queue;

import java.util.Objects;

/**
 * The priority a ticket was issued with. Tickets are called by {@code sortWeight}, highest first,
 * then in number order.
 */
public record Priority(PriorityCode group, int sortWeight, PriorityOrigin origin) {
  public static final Priority NONE = new Priority(PriorityCode.NONE, 0, PriorityOrigin.NONE);

  public Priority {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(origin, "origin");
    if (sortWeight < 0) {
      throw new IllegalArgumentException("sortWeight must be >= 0, was " + sortWeight);
    }
    if ((origin == PriorityOrigin.NONE) != group.equals(PriorityCode.NONE)) {
      throw new IllegalArgumentException(
          "priority group " + group + " does not match origin " + origin);
    }
  }

  /** Whether the ticket carries the "ƯU TIÊN" mark. */
  public boolean applies() {
    return origin != PriorityOrigin.NONE;
  }

  /** Whether staff must check the patient's claim at the counter. */
  public boolean checkAtCounter() {
    return origin == PriorityOrigin.DECLARED;
  }
}
