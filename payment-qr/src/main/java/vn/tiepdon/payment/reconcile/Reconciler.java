package vn.tiepdon.payment.reconcile;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.reference.ReferenceCodeFinder;

/**
 * Reconciles a batch of transfers against a set of intents in memory: the statement-day check
 * ({@code ./tiepdon reconcile}) and the benchmark. Transfers stream through {@link #accept} in feed
 * order and are not kept; per transfer only one byte (its verdict) and one int (its intent) are
 * remembered, so a million transfers against a million intents fit well under 1 GB.
 *
 * <p>Rules, in order: a transfer whose source and transaction id were seen before is a DUPLICATE;
 * one without exactly one valid code that an intent has is UNMATCHED_TRANSFER; one executed at or
 * after its intent's expiry is LATE; any other is booked on its intent. When the feed ends each
 * intent is MATCHED, PARTIAL, OVERPAID or UNPAID_INTENT by the money booked on it, and each booked
 * transfer takes its intent's outcome.
 */
public final class Reconciler {
  private static final byte BOOKED = 0;
  private static final byte DUPLICATE = 1;
  private static final byte LATE = 2;
  private static final byte NO_CODE = 3;
  private static final byte SEVERAL_CODES = 4;
  private static final byte UNKNOWN_CODE = 5;

  private final List<ExpectedPayment> intents;
  private final SlotTable slotByReference;
  private final long[] received;
  private final Map<TransferSource, Set<String>> seen = new EnumMap<>(TransferSource.class);
  private final ReferenceCodeFinder finder = new ReferenceCodeFinder();

  private byte[] verdicts = new byte[1024];
  private int[] slots = new int[1024];
  private int transfers;
  private boolean finished;

  /**
   * @throws IllegalArgumentException if two intents have the same reference
   */
  public Reconciler(List<ExpectedPayment> intents) {
    this.intents = List.copyOf(intents);
    this.slotByReference = new SlotTable(this.intents.size());
    for (int i = 0; i < this.intents.size(); i++) {
      ReferenceCode reference = this.intents.get(i).reference();
      if (!slotByReference.putIfAbsent(SlotTable.pack(reference), i)) {
        throw new IllegalArgumentException("intent " + reference + " is listed twice");
      }
    }
    this.received = new long[this.intents.size()];
  }

  /** Takes the next transfer of the feed. */
  public void accept(BankTransfer transfer) {
    Objects.requireNonNull(transfer, "transfer");
    if (finished) {
      throw new IllegalStateException("reconciliation already finished");
    }
    if (transfers == verdicts.length) {
      verdicts = Arrays.copyOf(verdicts, transfers * 2);
      slots = Arrays.copyOf(slots, transfers * 2);
    }
    int slot = -1;
    byte verdict;
    Set<String> seenOfSource =
        seen.computeIfAbsent(transfer.source(), s -> new HashSet<>(Math.max(16, intents.size())));
    if (!seenOfSource.add(transfer.transactionId())) {
      verdict = DUPLICATE;
    } else {
      List<ReferenceCode> codes = finder.findAll(transfer.content());
      if (codes.isEmpty()) {
        verdict = NO_CODE;
      } else if (codes.size() > 1) {
        verdict = SEVERAL_CODES;
      } else {
        int found = slotByReference.get(SlotTable.pack(codes.get(0)));
        if (found < 0) {
          verdict = UNKNOWN_CODE;
        } else {
          slot = found;
          if (transfer.bookedAt().isBefore(intents.get(slot).expiresAt())) {
            verdict = BOOKED;
            received[slot] += transfer.amount().dong();
          } else {
            verdict = LATE;
          }
        }
      }
    }
    verdicts[transfers] = verdict;
    slots[transfers] = slot;
    transfers++;
  }

  /** Ends the feed and decides every outcome. */
  public Reconciliation finish() {
    finished = true;
    Outcome[] intentOutcomes = new Outcome[intents.size()];
    int matched = 0;
    int partial = 0;
    int overpaid = 0;
    int unpaid = 0;
    for (int i = 0; i < intentOutcomes.length; i++) {
      long due = intents.get(i).amount().dong();
      Outcome outcome;
      if (received[i] == 0) {
        outcome = Outcome.UNPAID_INTENT;
        unpaid++;
      } else if (received[i] == due) {
        outcome = Outcome.MATCHED;
        matched++;
      } else if (received[i] < due) {
        outcome = Outcome.PARTIAL;
        partial++;
      } else {
        outcome = Outcome.OVERPAID;
        overpaid++;
      }
      intentOutcomes[i] = outcome;
    }
    int booked = 0;
    int duplicate = 0;
    int late = 0;
    int unmatched = 0;
    for (int t = 0; t < transfers; t++) {
      switch (verdicts[t]) {
        case BOOKED -> booked++;
        case DUPLICATE -> duplicate++;
        case LATE -> late++;
        default -> unmatched++;
      }
    }
    ReconciliationSummary summary =
        new ReconciliationSummary(
            intents.size(),
            transfers,
            matched,
            partial,
            overpaid,
            duplicate,
            late,
            unmatched,
            unpaid,
            booked);
    return new Reconciliation(
        intents,
        intentOutcomes,
        Arrays.copyOf(verdicts, transfers),
        Arrays.copyOf(slots, transfers),
        received,
        summary);
  }

  /** The result: counts, and the outcome of every intent and every transfer by position. */
  public static final class Reconciliation {
    private final List<ExpectedPayment> intents;
    private final Outcome[] intentOutcomes;
    private final byte[] verdicts;
    private final int[] slots;
    private final long[] received;
    private final ReconciliationSummary summary;

    private Reconciliation(
        List<ExpectedPayment> intents,
        Outcome[] intentOutcomes,
        byte[] verdicts,
        int[] slots,
        long[] received,
        ReconciliationSummary summary) {
      this.intents = intents;
      this.intentOutcomes = intentOutcomes;
      this.verdicts = verdicts;
      this.slots = slots;
      this.received = received;
      this.summary = summary;
    }

    public ReconciliationSummary summary() {
      return summary;
    }

    public List<ExpectedPayment> intents() {
      return intents;
    }

    public Outcome intentOutcome(int intentIndex) {
      return intentOutcomes[intentIndex];
    }

    /** Money booked in time on the intent, in dong. */
    public long receivedDong(int intentIndex) {
      return received[intentIndex];
    }

    /** The outcome of the n-th transfer of the feed (0-based). */
    public Outcome transferOutcome(int transferIndex) {
      return switch (verdicts[transferIndex]) {
        case BOOKED -> intentOutcomes[slots[transferIndex]];
        case DUPLICATE -> Outcome.DUPLICATE;
        case LATE -> Outcome.LATE;
        default -> Outcome.UNMATCHED_TRANSFER;
      };
    }

    /** Why the n-th transfer is unmatched; null when it is not. */
    public UnmatchedReason unmatchedReason(int transferIndex) {
      return switch (verdicts[transferIndex]) {
        case NO_CODE -> UnmatchedReason.NO_CODE;
        case SEVERAL_CODES -> UnmatchedReason.SEVERAL_CODES;
        case UNKNOWN_CODE -> UnmatchedReason.UNKNOWN_CODE;
        default -> null;
      };
    }

    /** The intent the n-th transfer named (booked or late); null otherwise. */
    public ExpectedPayment intentOf(int transferIndex) {
      int slot = slots[transferIndex];
      return slot < 0 ? null : intents.get(slot);
    }
  }
}
