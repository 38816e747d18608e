package vn.tiepdon.queue.his;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.TicketId;

/**
 * The visit and outbox tables, seen through one store transaction (the same one as the ticket, so a
 * provisional ticket and its waiting registration are recorded together or not at all).
 */
public interface VisitLedger {
  /** Records or replaces the visit state of a ticket. */
  void recordVisit(Visit visit, Instant at);

  Optional<Visit> visit(TicketId ticket);

  /** Adds a registration to the outbox; a second one with the same key is ignored. */
  void enqueue(SealedRegistration registration);

  /** Waiting registrations, oldest first. */
  List<SealedRegistration> waiting(int limit);

  /** Deletes a delivered or given-up registration; the ciphertext is gone for good. */
  void remove(RequestKey key);

  /** Counts a failed delivery; {@code why} never carries personal data. */
  void noteAttempt(RequestKey key, Instant at, String why);

  /** Waiting registrations created before {@code cutoff}, oldest first. */
  List<SealedRegistration> waitingSince(Instant cutoff);
}
