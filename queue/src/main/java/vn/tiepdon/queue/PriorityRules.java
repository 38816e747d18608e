package vn.tiepdon.queue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides a ticket's priority from the birth date on the card and the groups the patient declared.
 * Age-based groups follow the birth date when there is one, whatever was declared; without a birth
 * date (a child without a card) a declared age group counts as declared and is checked at the
 * counter. The highest weight wins; ties go to the group listed first.
 */
public final class PriorityRules {
  private final Map<PriorityCode, PriorityGroup> groups;
  private final List<PriorityGroup> order;

  public PriorityRules(List<PriorityGroup> groups) {
    Objects.requireNonNull(groups, "groups");
    Map<PriorityCode, PriorityGroup> byCode = new LinkedHashMap<>();
    for (PriorityGroup group : groups) {
      if (byCode.putIfAbsent(group.code(), group) != null) {
        throw new IllegalArgumentException("priority group " + group.code() + " is listed twice");
      }
    }
    this.groups = Map.copyOf(byCode);
    this.order = List.copyOf(byCode.values());
  }

  /**
   * The priority groups of the Law on Medical Examination and Treatment (Luật Khám bệnh, chữa bệnh
   * 15/2023/QH15), weighted in the law's order: emergency, children under 6, pregnant women, people
   * with severe disabilities, people aged 75 and over, people with meritorious service.
   */
  public static PriorityRules lawDefaults() {
    return new PriorityRules(
        List.of(
            PriorityGroup.declared(PriorityCode.EMERGENCY, 60),
            PriorityGroup.ageUnder(PriorityCode.CHILD_UNDER_6, 50, 6),
            PriorityGroup.declared(PriorityCode.PREGNANT, 40),
            PriorityGroup.declared(PriorityCode.SEVERE_DISABILITY, 30),
            PriorityGroup.ageAtLeast(PriorityCode.AGED_75, 20, 75),
            PriorityGroup.declared(PriorityCode.MERITORIOUS, 10)));
  }

  public List<PriorityGroup> groups() {
    return order;
  }

  public boolean knows(PriorityCode code) {
    return groups.containsKey(code);
  }

  /** The groups a patient can declare on screen: the declared ones, in configured order. */
  public List<PriorityGroup> declarable() {
    return order.stream().filter(g -> !g.isAgeBased()).collect(Collectors.toList());
  }

  public Priority resolve(
      Optional<LocalDate> birthDate, LocalDate today, Set<PriorityCode> declared) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(declared, "declared");
    Set<PriorityCode> unknown = new HashSet<>(declared);
    unknown.removeAll(groups.keySet());
    unknown.remove(PriorityCode.NONE);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown priority group(s) " + unknown + "; known: " + groups.keySet());
    }
    birthDate.ifPresent(date -> requireNotAfter(date, today));
    return order.stream()
        .map(group -> applicable(group, birthDate, today, declared))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(Priority::sortWeight).thenComparing(p -> -rank(p.group())))
        .orElse(Priority.NONE);
  }

  private int rank(PriorityCode code) {
    return order.indexOf(groups.get(code));
  }

  private static Optional<Priority> applicable(
      PriorityGroup group, Optional<LocalDate> birthDate, LocalDate today, Set<PriorityCode> said) {
    if (group.isAgeBased() && birthDate.isPresent()) {
      boolean member = group.matchesAge(birthDate.get(), today).orElse(false);
      return member
          ? Optional.of(new Priority(group.code(), group.weight(), PriorityOrigin.BIRTH_DATE))
          : Optional.empty();
    }
    return said.contains(group.code())
        ? Optional.of(new Priority(group.code(), group.weight(), PriorityOrigin.DECLARED))
        : Optional.empty();
  }

  private static void requireNotAfter(LocalDate birthDate, LocalDate today) {
    if (birthDate.isAfter(today)) {
      throw new IllegalArgumentException(
          "birthDate must not be after today " + today + ", was " + birthDate);
    }
  }
}
