package vn.tiepdon.queue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's request for a ticket.
 *
 * @param key the same for a retried or double-tapped request
 * @param declaredGroups priority groups the patient declared on screen (checked at the counter)
 * @param birthDate from the card; empty when there is none (e.g. a child without a card)
 */
public record TicketRequest(
    RequestKey key,
    ServiceCode service,
    Set<PriorityCode> declaredGroups,
    Optional<LocalDate> birthDate) {

  public TicketRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(service, "service");
    declaredGroups = Set.copyOf(Objects.requireNonNull(declaredGroups, "declaredGroups"));
    Objects.requireNonNull(birthDate, "birthDate");
  }

  public static TicketRequest of(RequestKey key, ServiceCode service) {
    return new TicketRequest(key, service, Set.of(), Optional.empty());
  }

  public TicketRequest withBirthDate(LocalDate date) {
    return new TicketRequest(key, service, declaredGroups, Optional.of(date));
  }

  public TicketRequest declaring(PriorityCode group) {
    Set<PriorityCode> groups = new java.util.HashSet<>(declaredGroups);
    groups.add(group);
    return new TicketRequest(key, service, groups, birthDate);
  }
}
