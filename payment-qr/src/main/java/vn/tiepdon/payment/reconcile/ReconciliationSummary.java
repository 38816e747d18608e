package vn.tiepdon.payment.reconcile;

/**
 * Counts of one reconciliation. Intents split into matched + partial + overpaid + unpaidIntents;
 * transfers into booked + duplicate + late + unmatchedTransfers (booked transfers carry their
 * intent's outcome).
 */
public record ReconciliationSummary(
    int intents,
    int transfers,
    int matched,
    int partial,
    int overpaid,
    int duplicate,
    int late,
    int unmatchedTransfers,
    int unpaidIntents,
    int bookedTransfers) {

  public ReconciliationSummary {
    if (matched + partial + overpaid + unpaidIntents != intents) {
      throw new IllegalStateException("intent outcomes do not add up to " + intents);
    }
    if (bookedTransfers + duplicate + late + unmatchedTransfers != transfers) {
      throw new IllegalStateException("transfer outcomes do not add up to " + transfers);
    }
  }
}
