package vn.tiepdon.queue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code queue:} section of the kiosk configuration. Validated on construction; the messages
 * name the field and the value, and the configuration loader prefixes the YAML path.
 *
 * @param services the catalogue, in screen order
 * @param priorityGroups priority groups; {@code null} means the defaults of the 2023 law
 * @param defaultMinutesPerPatient the wait estimate's minutes per patient until there is history
 * @param followUrlTemplate the follow-the-queue URL printed as a QR code; {@code {ticket}} is
 *     replaced by the ticket id
 */
public record QueueSettings(
    List<Service> services,
    List<PriorityGroupSetting> priorityGroups,
    int defaultMinutesPerPatient,
    String followUrlTemplate) {

  public static final String TICKET_PLACEHOLDER = "{ticket}";

  public QueueSettings {
    if (services == null || services.isEmpty()) {
      throw new IllegalArgumentException("services must not be empty, was " + services);
    }
    services = List.copyOf(services);
    priorityGroups = priorityGroups == null ? null : List.copyOf(priorityGroups);
    if (defaultMinutesPerPatient < 1 || defaultMinutesPerPatient > 240) {
      throw new IllegalArgumentException(
          "defaultMinutesPerPatient must be between 1 and 240, was " + defaultMinutesPerPatient);
    }
    requireFollowUrl(followUrlTemplate);
    new ServiceCatalogue(services.stream().map(Service::toClinicService).toList());
    if (priorityGroups != null) {
      new PriorityRules(priorityGroups.stream().map(PriorityGroupSetting::toGroup).toList());
    }
  }

  public ServiceCatalogue catalogue() {
    return new ServiceCatalogue(services.stream().map(Service::toClinicService).toList());
  }

  public PriorityRules priorityRules() {
    return priorityGroups == null
        ? PriorityRules.lawDefaults()
        : new PriorityRules(priorityGroups.stream().map(PriorityGroupSetting::toGroup).toList());
  }

  public WaitEstimator waitEstimator() {
    return new WaitEstimator(defaultMinutesPerPatient);
  }

  public String followUrl(TicketId ticket) {
    return followUrlTemplate.replace(TICKET_PLACEHOLDER, ticket.toString());
  }

  private static void requireFollowUrl(String template) {
    if (template == null || !template.contains(TICKET_PLACEHOLDER)) {
      throw new IllegalArgumentException(
          "followUrlTemplate must contain " + TICKET_PLACEHOLDER + ", was '" + template + "'");
    }
    try {
      URI uri = new URI(template.replace(TICKET_PLACEHOLDER, "x"));
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new URISyntaxException(template, "not an http(s) URL with a host");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "followUrlTemplate must be an http(s) URL, was '" + template + "'", e);
    }
  }

  /**
   * One service of the catalogue.
   *
   * @param openDays days the service opens, e.g. {@code [MONDAY, SATURDAY]}; {@code null} means
   *     every day
   * @param ages the ages the service takes; {@code null} for everyone
   * @param insuranceFeeVnd the examination price under the BHYT schedule, whole VND
   * @param serviceFeeVnd the fee for self-paying patients, whole VND
   */
  public record Service(
      String code,
      String nameVi,
      String nameEn,
      String roomVi,
      String roomEn,
      LocalTime opens,
      LocalTime closes,
      List<String> openDays,
      int dailyCapacity,
      Ages ages,
      long insuranceFeeVnd,
      long serviceFeeVnd) {

    public Service {
      requireCode(code);
      if (opens == null || closes == null) {
        throw new IllegalArgumentException(
            "opens and closes must be set (HH:mm), were " + opens + " and " + closes);
      }
      if (insuranceFeeVnd < 0) {
        throw new IllegalArgumentException("insuranceFeeVnd must be >= 0, was " + insuranceFeeVnd);
      }
      if (serviceFeeVnd < 0) {
        throw new IllegalArgumentException("serviceFeeVnd must be >= 0, was " + serviceFeeVnd);
      }
      openDays = openDays == null ? null : List.copyOf(openDays);
      toClinicService(
          code,
          nameVi,
          nameEn,
          roomVi,
          roomEn,
          opens,
          closes,
          openDays,
          dailyCapacity,
          ages,
          insuranceFeeVnd,
          serviceFeeVnd);
    }

    public ClinicService toClinicService() {
      return toClinicService(
          code,
          nameVi,
          nameEn,
          roomVi,
          roomEn,
          opens,
          closes,
          openDays,
          dailyCapacity,
          ages,
          insuranceFeeVnd,
          serviceFeeVnd);
    }

    private static ClinicService toClinicService(
        String code,
        String nameVi,
        String nameEn,
        String roomVi,
        String roomEn,
        LocalTime opens,
        LocalTime closes,
        List<String> openDays,
        int dailyCapacity,
        Ages ages,
        long insuranceFeeVnd,
        long serviceFeeVnd) {
      return new ClinicService(
          ServiceCode.of(code),
          nameVi,
          nameEn,
          roomVi,
          roomEn,
          new OpeningHours(days(openDays), opens, closes),
          dailyCapacity,
          ages == null ? AgeLimit.ANY : ages.toAgeLimit(),
          new Fees(Vnd.of(insuranceFeeVnd), Vnd.of(serviceFeeVnd)));
    }

    private static void requireCode(String code) {
      try {
        ServiceCode.of(code);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "code must be 1-16 characters A-Z, 0-9 or '_' starting with a letter, was '"
                + code
                + "'",
            e);
      }
    }

    private static Set<DayOfWeek> days(List<String> names) {
      if (names == null) {
        return EnumSet.allOf(DayOfWeek.class);
      }
      return names.stream().map(Service::day).collect(Collectors.toSet());
    }

    private static DayOfWeek day(String name) {
      try {
        return DayOfWeek.valueOf(Objects.requireNonNull(name).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "openDays must hold day names MONDAY..SUNDAY, was '" + name + "'", e);
      }
    }
  }

  /**
   * The ages in completed years a service takes: from {@code from}, younger than {@code under}.
   * Paediatrics is {@code from: 0, under: 16}; adult clinics {@code from: 16, under: 150}.
   */
  public record Ages(int from, int under) {
    public static final int OLDEST = 150;

    public Ages {
      if (from < 0) {
        throw new IllegalArgumentException("from must be >= 0, was " + from);
      }
      if (under <= from || under > OLDEST) {
        throw new IllegalArgumentException(
            "under must be greater than from ("
                + from
                + ") and at most "
                + OLDEST
                + ", was "
                + under);
      }
    }

    AgeLimit toAgeLimit() {
      return new AgeLimit(from, under >= OLDEST ? OptionalInt.empty() : OptionalInt.of(under));
    }
  }

  /**
   * One priority group.
   *
   * @param basis {@code DECLARED}, {@code AGE_UNDER} or {@code AGE_AT_LEAST}
   * @param years the age limit of an age-based group; 0 for a declared one
   */
  public record PriorityGroupSetting(String code, int weight, String basis, int years) {
    public PriorityGroupSetting {
      toGroup(code, weight, basis, years);
    }

    public PriorityGroup toGroup() {
      return toGroup(code, weight, basis, years);
    }

    private static PriorityGroup toGroup(String code, int weight, String basis, int years) {
      return new PriorityGroup(code(code), weight, basis(basis), years);
    }

    private static PriorityCode code(String code) {
      try {
        return PriorityCode.of(code);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "code must be 1-32 characters A-Z, 0-9 or '_' starting with a letter, was '"
                + code
                + "'",
            e);
      }
    }

    private static PriorityGroup.Basis basis(String name) {
      try {
        return PriorityGroup.Basis.valueOf(Objects.requireNonNull(name));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "basis must be DECLARED, AGE_UNDER or AGE_AT_LEAST, was '" + name + "'", e);
      }
    }
  }
}
