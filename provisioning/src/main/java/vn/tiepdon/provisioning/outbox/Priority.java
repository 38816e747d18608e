package vn.tiepdon.provisioning.outbox;

/** Delivery order across kinds: events before health; within a kind, oldest first. */
public enum Priority {
  HEALTH(1),
  EVENT(5);

  private final int rank;

  Priority(int rank) {
    this.rank = rank;
  }

  /** Higher goes first; stored as a number so new kinds fit between. */
  public int rank() {
    return rank;
  }

  public static Priority ofRank(int rank) {
    for (Priority p : values()) {
      if (p.rank == rank) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown outbox priority rank " + rank);
  }
}
