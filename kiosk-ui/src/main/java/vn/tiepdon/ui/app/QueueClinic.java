package vn.tiepdon.ui.app;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.printer.PrintOutcome;
import vn.tiepdon.devices.printer.TicketPrinter;
import vn.tiepdon.queue.ClinicService;
import vn.tiepdon.queue.Eligibility;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.PaymentRoute;
import vn.tiepdon.queue.PrintStatus;
import vn.tiepdon.queue.Priority;
import vn.tiepdon.queue.PriorityCode;
import vn.tiepdon.queue.PriorityRules;
import vn.tiepdon.queue.QueueDay;
import vn.tiepdon.queue.QueueFigures;
import vn.tiepdon.queue.QueueSettings;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCatalogue;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.ServiceLoad;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketRequest;
import vn.tiepdon.queue.ticket.TicketLayout;
import vn.tiepdon.queue.ticket.TicketView;
import vn.tiepdon.ui.flow.AutomaticPriority;
import vn.tiepdon.ui.flow.Bilingual;
import vn.tiepdon.ui.flow.Clinic;
import vn.tiepdon.ui.flow.DeclaredPriority;
import vn.tiepdon.ui.flow.IssuedTicket;
import vn.tiepdon.ui.flow.PatientSummary;
import vn.tiepdon.ui.flow.PrintResult;
import vn.tiepdon.ui.flow.ServiceOption;

/** The flow's hospital side on the queue module: clinics, tickets from SQLite, the printer. */
final class QueueClinic implements Clinic {
  private static final Logger log = LoggerFactory.getLogger(QueueClinic.class);

  private final QueueSettings settings;
  private final ServiceCatalogue catalogue;
  private final PriorityRules priorities;
  private final IssueTicket tickets;
  private final TicketLayout layout;
  private final TicketPrinter printer;
  private final String hospitalName;
  private final Clock clock;

  QueueClinic(
      QueueSettings settings,
      IssueTicket tickets,
      TicketLayout layout,
      TicketPrinter printer,
      String hospitalName,
      Clock clock) {
    this.settings = settings;
    this.catalogue = settings.catalogue();
    this.priorities = settings.priorityRules();
    this.tickets = tickets;
    this.layout = layout;
    this.printer = printer;
    this.hospitalName = hospitalName;
    this.clock = clock;
  }

  @Override
  public Optional<AutomaticPriority> automaticPriority(PatientSummary patient) {
    Priority priority = priorities.resolve(Optional.of(patient.dateOfBirth()), today(), Set.of());
    if (priority.group().equals(PriorityCode.AGED_75)) {
      return Optional.of(AutomaticPriority.AGED_75_OR_OVER);
    }
    if (priority.group().equals(PriorityCode.CHILD_UNDER_6)) {
      return Optional.of(AutomaticPriority.CHILD_UNDER_6);
    }
    return Optional.empty();
  }

  @Override
  public List<ServiceOption> services(PatientSummary patient) {
    QueueFigures figures = tickets.today();
    ZonedDateTime now = ZonedDateTime.now(clock);
    List<ServiceOption> options = new ArrayList<>();
    for (ClinicService service : catalogue.services()) {
      ServiceLoad load = figures.of(service.code());
      Eligibility eligibility =
          service.eligibility(Optional.of(patient.dateOfBirth()), now, load.issued());
      options.add(
          new ServiceOption(
              service.code().value(),
              new Bilingual(service.nameVi(), service.nameEn()),
              new Bilingual(service.roomVi(), service.roomEn()),
              load.waiting(),
              load.etaMinutes(),
              service.fees().price(PaymentRoute.SERVICE).amount(),
              availability(eligibility)));
    }
    return options;
  }

  @Override
  public IssuedTicket issue(
      String requestKey,
      String serviceCode,
      PatientSummary patient,
      Optional<AutomaticPriority> automatic,
      DeclaredPriority declared) {
    TicketRequest request =
        TicketRequest.of(RequestKey.of(requestKey), ServiceCode.of(serviceCode))
            .withBirthDate(patient.dateOfBirth());
    request = declaredCode(declared).map(request::declaring).orElse(request);
    Ticket ticket = tickets.issue(request);
    ClinicService service = catalogue.require(ticket.service());
    return new IssuedTicket(
        ticket.id().toString(),
        ticket.number().toString(),
        service.code().value(),
        new Bilingual(service.nameVi(), service.nameEn()),
        new Bilingual(service.roomVi(), service.roomEn()),
        ticket.ahead(),
        ticket.etaMinutes(),
        ticket.priority().applies(),
        false,
        ticket.issuedAt(),
        settings.followUrl(ticket.id()),
        service.fees().price(PaymentRoute.SERVICE).amount());
  }

  @Override
  public PrintResult print(IssuedTicket issued) {
    Ticket ticket = tickets.find(vn.tiepdon.queue.TicketId.parse(issued.ticketId()));
    ClinicService service = catalogue.require(ticket.service());
    BufferedImage raster =
        layout.render(
            new TicketView(
                hospitalName,
                service.nameVi(),
                service.roomVi(),
                ticket.number(),
                LocalDateTime.ofInstant(ticket.issuedAt(), QueueDay.ZONE),
                ticket.priority().applies(),
                ticket.ahead(),
                ticket.etaMinutes(),
                issued.followUrl(),
                TicketView.VIETNAMESE));
    PrintOutcome outcome = printer.print(raster);
    tickets.markPrinted(ticket.id(), outcome.printed() ? PrintStatus.PRINTED : PrintStatus.FAILED);
    if (!outcome.printed()) {
      log.warn("ticket {} not printed: {}", ticket.number(), outcome.result());
    }
    return switch (outcome.result()) {
      case PRINTED -> PrintResult.PRINTED;
      case PAPER_OUT -> PrintResult.PAPER_OUT;
      default -> PrintResult.PRINTER_FAULT;
    };
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(QueueDay.ZONE));
  }

  private static Optional<PriorityCode> declaredCode(DeclaredPriority declared) {
    return switch (declared) {
      case NONE -> Optional.empty();
      case PREGNANT -> Optional.of(PriorityCode.PREGNANT);
      case SEVERE_DISABILITY -> Optional.of(PriorityCode.SEVERE_DISABILITY);
      case MERITORIOUS_SERVICE -> Optional.of(PriorityCode.MERITORIOUS);
    };
  }

  private static ServiceOption.Availability availability(Eligibility eligibility) {
    return switch (eligibility) {
      case ELIGIBLE -> ServiceOption.Availability.OPEN;
      case FULL -> ServiceOption.Availability.FULL_TODAY;
      case CLOSED -> ServiceOption.Availability.CLOSED_NOW;
      case AGE -> ServiceOption.Availability.NOT_FOR_AGE;
    };
  }
}
