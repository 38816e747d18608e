package vn.tiepdon.payment.intent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * Where payment intents are kept (port). Writes are transactional: a committed intent survives a
 * killed process and a power cut.
 */
public interface PaymentIntentStore {

  /**
   * Stores a new intent.
   *
   * @throws DuplicateReferenceException if an intent with the same reference code exists
   */
  void insert(PaymentIntent intent);

  Optional<PaymentIntent> find(ReferenceCode reference);

  /** The intents of one visit/ticket, oldest first. */
  List<PaymentIntent> findByTicket(String ticketRef);

  /** References of intents that are OPEN with an expiry at or before {@code now}. */
  List<ReferenceCode> findOpenExpiringBy(Instant now);

  /**
   * Reads the intent, applies {@code change} and writes its result, all in one transaction, so two
   * payments for the same code never overwrite each other.
   *
   * @return the change's result; empty if no intent has this reference or the result is null
   */
  <R> Optional<R> update(ReferenceCode reference, Function<PaymentIntent, Change<R>> change);

  /**
   * The new state to write (or the same intent when nothing changes) and what to tell the caller.
   */
  record Change<R>(PaymentIntent next, R result) {}
}
