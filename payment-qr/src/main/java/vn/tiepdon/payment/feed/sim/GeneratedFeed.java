package vn.tiepdon.payment.feed.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.reconcile.ExpectedPayment;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * A bank feed made up for a list of intents, with the outcome each transfer and intent should get
 * (the simulator behind tests, the demo and {@code bench reconcile}). The n-th intent gets one
 * scenario: paid exactly (most), paid in two parts, paid short, paid over, paid after expiry, paid
 * with the code lost, or not paid while a duplicate notification or a transfer with a code nobody
 * issued arrives instead. Transfers are produced lazily, so a million need no memory.
 */
public final class GeneratedFeed implements Iterable<GeneratedFeed.Item> {

  /** A transfer and the outcome reconciliation must give it. */
  public record Item(BankTransfer transfer, Outcome expected) {}

  /** The scenario of an intent. */
  public enum Scenario {
    EXACT,
    SPLIT,
    PARTIAL,
    OVERPAID,
    LATE,
    CODE_LOST,
    DUPLICATE_INSTEAD,
    UNKNOWN_CODE_INSTEAD
  }

  private final List<ExpectedPayment> intents;
  private final int transfers;
  private final long seed;
  private final TransferSource source;

  /**
   * @param transfers how many transfers to produce; beyond one scenario per intent, the rest carry
   *     codes no intent has
   */
  public GeneratedFeed(
      List<ExpectedPayment> intents, int transfers, long seed, TransferSource source) {
    this.intents = List.copyOf(intents);
    this.transfers = transfers;
    this.seed = seed;
    this.source = source;
    this.coveredIntents = countCoveredIntents();
  }

  /**
   * Issued codes never have this first random symbol, so transfers meant to carry an unknown code
   * use it and need no set of the issued ones.
   */
  static final char UNISSUED_MARK = 'Z';

  /**
   * Made-up intents: random codes (never starting TDZ), amounts 10 000–2 000 000 dong, 15-minute
   * validity.
   */
  public static List<ExpectedPayment> intents(int count, Instant start, long seed) {
    RandomGenerator random = new java.util.SplittableRandom(seed);
    java.util.Set<String> used = new java.util.HashSet<>(count * 4 / 3 + 1);
    List<ExpectedPayment> intents = new ArrayList<>(count);
    while (intents.size() < count) {
      ReferenceCode code = ReferenceCode.generate(random);
      if (code.value().charAt(ReferenceCode.PREFIX.length()) != UNISSUED_MARK
          && used.add(code.value())) {
        Instant created = start.plusSeconds(intents.size() % 36_000);
        intents.add(
            new ExpectedPayment(
                code,
                Money.ofDong(10_000L * (1 + random.nextInt(200))),
                created,
                created.plus(Duration.ofMinutes(15))));
      }
    }
    return intents;
  }

  /** The scenario of the n-th intent; the same for a given seed. */
  public static Scenario scenario(long seed, int intentIndex) {
    int r = (int) Math.floorMod(mix(seed + intentIndex), 100L);
    if (r < 70) {
      return Scenario.EXACT;
    } else if (r < 75) {
      return Scenario.SPLIT;
    } else if (r < 79) {
      return Scenario.PARTIAL;
    } else if (r < 83) {
      return Scenario.OVERPAID;
    } else if (r < 87) {
      return Scenario.LATE;
    } else if (r < 92) {
      return Scenario.CODE_LOST;
    } else if (r < 96) {
      return Scenario.DUPLICATE_INSTEAD;
    }
    return Scenario.UNKNOWN_CODE_INSTEAD;
  }

  /** The outcome the n-th intent must get, when the feed covers it. */
  public Outcome expectedIntentOutcome(int intentIndex) {
    if (!covers(intentIndex)) {
      return Outcome.UNPAID_INTENT;
    }
    return switch (scenario(seed, intentIndex)) {
      case EXACT, SPLIT -> Outcome.MATCHED;
      case PARTIAL -> Outcome.PARTIAL;
      case OVERPAID -> Outcome.OVERPAID;
      default -> Outcome.UNPAID_INTENT;
    };
  }

  private boolean covers(int intentIndex) {
    // Each intent's scenario yields one transfer except SPLIT (two); the generator stops at the
    // requested count, so an intent is covered when its transfers were all produced.
    return intentIndex < coveredIntents;
  }

  private final int coveredIntents;

  @Override
  public Iterator<Item> iterator() {
    return new Producer();
  }

  /** How many leading intents get their whole scenario within the transfer count. */
  private int countCoveredIntents() {
    int produced = 0;
    int intent = 0;
    while (intent < intents.size()) {
      int needed = scenario(seed, intent) == Scenario.SPLIT ? 2 : 1;
      if (produced + needed > transfers) {
        break;
      }
      produced += needed;
      intent++;
    }
    return intent;
  }

  private final class Producer implements Iterator<Item> {
    private final RandomGenerator random = new java.util.SplittableRandom(seed ^ 0x5DEECE66DL);
    private final ContentMangler mangler = new ContentMangler(random);
    private final List<Item> pending = new ArrayList<>(2);
    private int produced;
    private int intent;
    private long nextId = 1;
    private BankTransfer last;

    @Override
    public boolean hasNext() {
      return produced < transfers;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (pending.isEmpty()) {
        fill();
      }
      produced++;
      Item item = pending.remove(0);
      last = item.transfer();
      return item;
    }

    private void fill() {
      int remaining = transfers - produced;
      if (intent >= intents.size() || (scenario(seed, intent) == Scenario.SPLIT && remaining < 2)) {
        intent = intents.size(); // the rest carry codes nobody issued
        pending.add(
            new Item(
                unknownCode(Instant.parse("2026-12-01T03:00:00Z")), Outcome.UNMATCHED_TRANSFER));
        return;
      }
      ExpectedPayment p = intents.get(intent);
      String code = p.reference().value();
      long due = p.amount().dong();
      Instant inTime = p.createdAt().plusSeconds(30 + random.nextInt(600));
      switch (scenario(seed, intent)) {
        case EXACT -> pending.add(item(inTime, due, mangler.mangle(code), Outcome.MATCHED));
        case SPLIT -> {
          long first = due / 2;
          pending.add(item(inTime, first, mangler.mangle(code), Outcome.MATCHED));
          pending.add(
              item(inTime.plusSeconds(20), due - first, mangler.mangle(code), Outcome.MATCHED));
        }
        case PARTIAL ->
            pending.add(item(inTime, due - 5_000, mangler.mangle(code), Outcome.PARTIAL));
        case OVERPAID ->
            pending.add(item(inTime, due + 50_000, mangler.mangle(code), Outcome.OVERPAID));
        case LATE ->
            pending.add(
                item(
                    p.expiresAt().plusSeconds(random.nextInt(3600)),
                    due,
                    mangler.mangle(code),
                    Outcome.LATE));
        case CODE_LOST ->
            pending.add(item(inTime, due, mangler.withoutCode(code), Outcome.UNMATCHED_TRANSFER));
        case DUPLICATE_INSTEAD ->
            pending.add(
                last == null
                    ? new Item(unknownCode(inTime), Outcome.UNMATCHED_TRANSFER)
                    : new Item(last, Outcome.DUPLICATE));
        case UNKNOWN_CODE_INSTEAD ->
            pending.add(new Item(unknownCode(inTime), Outcome.UNMATCHED_TRANSFER));
      }
      intent++;
    }

    private Item item(Instant at, long dong, String content, Outcome expected) {
      return new Item(
          new BankTransfer(
              source, "FT" + (nextId++), at, Money.ofDong(dong), content, "0011001234567"),
          expected);
    }

    /** A valid code that no intent has. */
    private BankTransfer unknownCode(Instant at) {
      ReferenceCode code;
      do {
        code = ReferenceCode.generate(random);
      } while (code.value().charAt(ReferenceCode.PREFIX.length()) != UNISSUED_MARK);
      return new BankTransfer(
          source,
          "FT" + (nextId++),
          at,
          Money.ofDong(100_000),
          mangler.mangle(code.value()),
          "0011001234567");
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
