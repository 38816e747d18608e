package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.queue.ClinicService;
import vn.tiepdon.queue.DemoCatalogue;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.PriorityCode;
import vn.tiepdon.queue.PriorityRules;
import vn.tiepdon.queue.QueueDay;
import vn.tiepdon.queue.QueueSettings;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.RequestKeyConflictException;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketRefusedException;
import vn.tiepdon.queue.TicketRequest;
import vn.tiepdon.queue.fhir.HisSettings;
import vn.tiepdon.queue.his.ProvisionalSender;
import vn.tiepdon.queue.his.RegistrationSealer;
import vn.tiepdon.queue.his.SealedRegistration;
import vn.tiepdon.queue.his.Visit;
import vn.tiepdon.queue.his.VisitState;
import vn.tiepdon.queue.sqlite.SqliteQueueStore;
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.ConfigLoader;

@Command(
    name = "ticket",
    mixinStandardHelpOptions = true,
    description = "Issue and inspect queue tickets against a local store.",
    subcommands = {
      TicketCommand.Issue.class,
      TicketCommand.List.class,
      TicketCommand.Services.class,
      TicketCommand.Outbox.class,
      TicketCommand.Send.class
    })
final class TicketCommand implements Runnable {
  static final String DEFAULT_SITE = "local";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** What the ticket commands read from the kiosk configuration; other sections are skipped. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record QueueSection(QueueSettings queue, SiteSection site, HisSettings his) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SiteSection(String id) {}

  /** Options every ticket subcommand shares. */
  abstract static class Base implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--config",
        paramLabel = "FILE",
        description = "Kiosk YAML whose queue: section is the catalogue (default: the demo one).")
    Path config;

    @Option(
        names = "--site",
        paramLabel = "ID",
        description = "Site whose sequences to use (default: site.id of --config, else local).")
    String site;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    QueueSettings settings() {
      return section().map(QueueSection::queue).orElseGet(DemoCatalogue::settings);
    }

    SiteId siteId() {
      String id =
          site != null
              ? site
              : section().map(QueueSection::site).map(SiteSection::id).orElse(DEFAULT_SITE);
      try {
        return SiteId.of(id);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--site: " + e.getMessage());
      }
    }

    /** The his: section of --config; empty without --config or without the section. */
    Optional<HisSettings> hisSettings() {
      return section().map(QueueSection::his);
    }

    private Optional<QueueSection> section;

    private Optional<QueueSection> section() {
      if (section == null) {
        section = load();
      }
      return section;
    }

    private Optional<QueueSection> load() {
      if (config == null) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(config)) {
        QueueSection read = new ConfigLoader().read(in, config.toString(), QueueSection.class);
        if (read.queue() == null) {
          throw new BadInputException("--config " + config + ": no queue: section");
        }
        return Optional.of(read);
      } catch (NoSuchFileException e) {
        throw new BadInputException("--config: file not found: " + config);
      } catch (IOException e) {
        throw new BadInputException("--config: cannot read " + config + ": " + e.getMessage());
      } catch (ConfigException e) {
        throw new BadInputException(e.getMessage());
      }
    }

    IssueTicket queue(Path db, Clock clock) {
      if (Files.isDirectory(db)) {
        throw new BadInputException("--db: " + db + " is a folder, not a database file");
      }
      QueueSettings settings = settings();
      return new IssueTicket(siteId(), settings, store(db), clock);
    }

    private SqliteQueueStore store;

    /** The store of {@code db}, opened (and migrated) once per command. */
    SqliteQueueStore store(Path db) {
      if (store == null) {
        try {
          store = SqliteQueueStore.open(db);
        } catch (RuntimeException e) {
          throw new BadInputException(
              "--db: cannot open " + db + " as a queue database: " + e.getMessage(), e);
        }
      }
      return store;
    }

    void print(Object value) {
      try {
        spec.commandLine().getOut().println(json.writeValueAsString(value));
        spec.commandLine().getOut().flush();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }

    Map<String, Object> describe(Ticket ticket, QueueSettings settings) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("ticket", ticket.id().toString());
      out.put("service", ticket.service().value());
      out.put("number", ticket.number().value());
      out.put("priority", ticket.priority().group().value());
      out.put("priorityCheckAtCounter", ticket.priority().checkAtCounter());
      out.put("position", ticket.position());
      out.put("ahead", ticket.ahead());
      out.put("etaMinutes", ticket.etaMinutes());
      out.put("day", ticket.day().toString());
      out.put("issuedAt", ticket.issuedAt().toString());
      out.put("printStatus", ticket.printStatus().name());
      // A ticket issued without the HIS step (this command) counts as local-only.
      Visit visit =
          store
              .read(ledger -> ledger.visit(ticket.id()))
              .orElseGet(() -> Visit.of(ticket.id(), VisitState.LOCAL_ONLY));
      out.put("provisional", visit.provisional());
      out.put("hisState", visit.state().name());
      out.put("hisNumber", visit.hisNumber().orElse(null));
      out.put("followUrl", settings.followUrl(ticket.id()));
      return out;
    }
  }

  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      description = "Issue a ticket and print it as JSON.")
  static final class Issue extends Base {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "SQLite file.")
    Path db;

    @Option(names = "--service", required = true, paramLabel = "CODE", description = "e.g. NOI.")
    String service;

    @Option(names = "--dob", paramLabel = "YYYY-MM-DD", description = "Birth date from the card.")
    String dob;

    @Option(
        names = "--priority",
        paramLabel = "GROUP",
        description = "A declared priority group, e.g. PREGNANT (checked at the counter).")
    java.util.List<String> priority = java.util.List.of();

    @Option(
        names = "--request-key",
        paramLabel = "K",
        description = "Idempotency key: repeating it returns the same ticket (default: random).")
    String requestKey;

    @Option(
        names = "--at",
        paramLabel = "YYYY-MM-DDTHH:MM",
        description = "Issue as if at this local time in Vietnam (demos, tests).")
    String at;

    @Override
    public Integer call() {
      QueueSettings settings = settings();
      TicketRequest request = request(settings);
      IssueTicket queue = queue(db, clock());
      try {
        print(describe(queue.issue(request), settings));
        return ExitCodes.OK;
      } catch (TicketRefusedException e) {
        throw new BadInputException(refusal(e, settings));
      } catch (RequestKeyConflictException e) {
        throw new BadInputException("--request-key: " + e.getMessage());
      }
    }

    private TicketRequest request(QueueSettings settings) {
      ServiceCode code = serviceCode(settings);
      Optional<LocalDate> birthDate = Optional.ofNullable(dob).map(Issue::birthDate);
      Set<PriorityCode> declared = declared(settings.priorityRules());
      birthDate.ifPresent(date -> requireNotFuture(date));
      RequestKey key;
      try {
        key =
            RequestKey.of(requestKey == null ? java.util.UUID.randomUUID().toString() : requestKey);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--request-key: " + e.getMessage());
      }
      return new TicketRequest(key, code, declared, birthDate);
    }

    private void requireNotFuture(LocalDate date) {
      LocalDate today = QueueDay.of(clock().instant());
      if (date.isAfter(today)) {
        throw new BadInputException("--dob: " + date + " is after today " + today);
      }
    }

    private ServiceCode serviceCode(QueueSettings settings) {
      java.util.List<String> known =
          settings.catalogue().services().stream()
              .map(s -> s.code().value())
              .collect(Collectors.toList());
      if (!known.contains(service)) {
        throw new BadInputException(
            "--service: unknown service '" + service + "'; known: " + String.join(", ", known));
      }
      return ServiceCode.of(service);
    }

    private Set<PriorityCode> declared(PriorityRules rules) {
      return priority.stream()
          .map(
              name -> {
                try {
                  PriorityCode code = PriorityCode.of(name);
                  if (code.equals(PriorityCode.NONE) || rules.knows(code)) {
                    return code;
                  }
                } catch (IllegalArgumentException e) {
                  // reported below with the known groups
                }
                throw new BadInputException(
                    "--priority: unknown priority group '"
                        + name
                        + "'; known: "
                        + rules.groups().stream()
                            .map(g -> g.code().value())
                            .collect(Collectors.joining(", ")));
              })
          .collect(Collectors.toSet());
    }

    private static LocalDate birthDate(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--dob: not a date YYYY-MM-DD: '" + text + "'");
      }
    }

    private Clock clock() {
      if (at == null) {
        return Clock.systemUTC();
      }
      try {
        return Clock.fixed(
            LocalDateTime.parse(at).atZone(QueueDay.ZONE).toInstant(), QueueDay.ZONE);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--at: not a local date-time YYYY-MM-DDTHH:MM: '" + at + "'");
      }
    }

    private static String refusal(TicketRefusedException e, QueueSettings settings) {
      ClinicService service = settings.catalogue().require(e.service());
      return switch (e.reason()) {
        case CLOSED ->
            "no ticket: "
                + service.code()
                + " is closed now (open "
                + service.hours().opens()
                + "-"
                + service.hours().closes()
                + ", Vietnam time)";
        case FULL ->
            "no ticket: "
                + service.code()
                + " is full today ("
                + service.dailyCapacity()
                + " tickets)";
        case AGE ->
            "no ticket: "
                + service.code()
                + " takes ages "
                + service.ages().from()
                + (service.ages().under().isPresent()
                    ? " to " + (service.ages().under().getAsInt() - 1)
                    : " and over")
                + "; --dob is outside them";
        case ELIGIBLE -> throw new IllegalStateException("an eligible request was refused");
      };
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List one day's tickets as JSON.")
  static final class List extends Base {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "SQLite file.")
    Path db;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "Business day (default: today in Vietnam).")
    String date;

    @Override
    public Integer call() {
      if (!Files.exists(db)) {
        throw new BadInputException("--db: file not found: " + db);
      }
      Clock clock = Clock.systemUTC();
      LocalDate day = date == null ? QueueDay.of(clock.instant()) : day(date);
      QueueSettings settings = settings();
      java.util.List<Ticket> tickets = queue(db, clock).ticketsOn(day);
      print(tickets.stream().map(t -> describe(t, settings)).collect(Collectors.toList()));
      return ExitCodes.OK;
    }

    private static LocalDate day(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--date: not a date YYYY-MM-DD: '" + text + "'");
      }
    }
  }

  @Command(
      name = "services",
      mixinStandardHelpOptions = true,
      description = "Print the service catalogue as JSON.")
  static final class Services extends Base {
    @Override
    public Integer call() {
      print(settings().services().stream().map(Services::describe).collect(Collectors.toList()));
      return ExitCodes.OK;
    }

    private static Map<String, Object> describe(QueueSettings.Service s) {
      ClinicService service = s.toClinicService();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("code", service.code().value());
      out.put("name", service.nameVi());
      out.put("nameEn", service.nameEn());
      out.put("room", service.roomVi());
      out.put("roomEn", service.roomEn());
      out.put("opens", service.hours().opens().toString());
      out.put("closes", service.hours().closes().toString());
      out.put(
          "openDays",
          service.hours().days().stream().sorted().map(Enum::name).collect(Collectors.toList()));
      out.put("dailyCapacity", service.dailyCapacity());
      out.put("ageFrom", service.ages().from());
      out.put(
          "ageUnder",
          service.ages().under().isPresent() ? service.ages().under().getAsInt() : null);
      out.put("insuranceFeeVnd", service.fees().insurancePrice().amount());
      out.put("serviceFeeVnd", service.fees().serviceFee().amount());
      return out;
    }
  }

  @Command(
      name = "outbox",
      mixinStandardHelpOptions = true,
      description =
          "List the registrations waiting for the hospital system (encrypted; no personal data is"
              + " shown), oldest first.")
  static final class Outbox extends Base {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "SQLite file.")
    Path db;

    @Override
    public Integer call() {
      if (!Files.exists(db)) {
        throw new BadInputException("--db: file not found: " + db);
      }
      java.util.List<SealedRegistration> waiting =
          store(db).read(ledger -> ledger.waiting(Integer.MAX_VALUE));
      print(waiting.stream().map(Outbox::describe).collect(Collectors.toList()));
      return ExitCodes.OK;
    }

    private static Map<String, Object> describe(SealedRegistration row) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("requestKey", row.key().value());
      out.put("ticket", row.ticket().toString());
      out.put("createdAt", row.createdAt().toString());
      out.put("attempts", row.attempts());
      out.put("keyId", row.keyId());
      return out;
    }
  }

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description =
          "Send the registrations waiting for the hospital system now, oldest first (the his:"
              + " section of --config names it and the outbox key); print what happened as JSON.")
  static final class Send extends Base {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "SQLite file.")
    Path db;

    @Option(
        names = "--at",
        paramLabel = "YYYY-MM-DDTHH:MM",
        description = "Send as if at this local time in Vietnam (retention is counted from it).")
    String at;

    @Override
    public Integer call() {
      if (config == null) {
        throw new BadInputException(
            "--config: required: its his.fhir section names the hospital system");
      }
      if (!Files.exists(db)) {
        throw new BadInputException("--db: file not found: " + db);
      }
      HisSettings his =
          hisSettings()
              .filter(h -> h.fhir() != null)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          "--config " + config + ": no his.fhir section: nothing to send to"));
      RegistrationSealer sealer;
      try {
        sealer = his.sealer(System::getenv, new java.security.SecureRandom());
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--config " + config + ": his.outbox: " + e.getMessage());
      }
      Clock clock = clock();
      ProvisionalSender.Report report =
          new ProvisionalSender(
                  store(db), his.hospitalSystem(clock), sealer, his.retention(), clock)
              .sendDue();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("sent", report.sent());
      out.put("refused", report.refused());
      out.put("unreadable", report.unreadable());
      out.put("purged", report.purged());
      out.put("waiting", report.waiting());
      print(out);
      return ExitCodes.OK;
    }

    private Clock clock() {
      if (at == null) {
        return Clock.systemUTC();
      }
      try {
        return Clock.fixed(
            LocalDateTime.parse(at).atZone(QueueDay.ZONE).toInstant(), QueueDay.ZONE);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--at: not a local date-time YYYY-MM-DDTHH:MM: '" + at + "'");
      }
    }
  }
}
