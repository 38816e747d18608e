package vn.tiepdon.ui.app;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.CitizenCard;
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
import vn.tiepdon.queue.his.PatientDetails;
import vn.tiepdon.queue.his.RegisterVisit;
import vn.tiepdon.queue.his.RegisteredTicket;
import vn.tiepdon.queue.ticket.TicketLayout;
import vn.tiepdon.queue.ticket.TicketView;
import vn.tiepdon.ui.flow.AutomaticPriority;
import vn.tiepdon.ui.flow.Bilingual;
import vn.tiepdon.ui.flow.Clinic;
import vn.tiepdon.ui.flow.Coverage;
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
  private final Optional<RegisterVisit> visits;
  private final TicketLayout layout;
  private final String layoutFamily;
  private final TicketPrinter printer;
  private final String hospitalName;
  private final Clock clock;

  QueueClinic(
      QueueSettings settings,
      IssueTicket tickets,
      Optional<RegisterVisit> visits,
      TicketLayout layout,
      String layoutFamily,
      TicketPrinter printer,
      String hospitalName,
      Clock clock) {
    this.settings = settings;
    this.catalogue = settings.catalogue();
    this.priorities = settings.priorityRules();
    this.tickets = tickets;
    this.visits = visits;
    this.layout = layout;
    this.layoutFamily = layoutFamily;
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
              fee(service, patient),
              availability(eligibility)));
    }
    return options;
  }

  @Override
  public IssuedTicket issue(
      String requestKey,
      String serviceCode,
      PatientSummary patient,
      Object card,
      Optional<AutomaticPriority> automatic,
      DeclaredPriority declared) {
    TicketRequest request =
        TicketRequest.of(RequestKey.of(requestKey), ServiceCode.of(serviceCode))
            .withBirthDate(patient.dateOfBirth());
    request = declaredCode(declared).map(request::declaring).orElse(request);
    Ticket ticket;
    boolean provisional = false;
    if (visits.isPresent() && card instanceof CitizenCard citizen) {
      RegisteredTicket registered =
          visits
              .get()
              .register(
                  request,
                  new PatientDetails(
                      citizen.id(), citizen.fullName(), citizen.dateOfBirth(), citizen.sex()));
      ticket = registered.ticket();
      provisional = registered.provisional();
    } else {
      ticket = tickets.issue(request);
    }
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
        provisional,
        ticket.issuedAt(),
        settings.followUrl(ticket.id()),
        fee(service, patient),
        patient.coverage());
  }

  /**
   * The catalogue's fee rule: the insurance price for a visit billed to insurance (in-network, or
   * out-of-network, which queue's insurance check still counts as insured), the service fee for a
   * self-paying patient, an expired card, no card, or a card nobody could check at the kiosk.
   */
  private static long fee(ClinicService service, PatientSummary patient) {
    boolean insured = patient.coverage().map(Coverage::insured).orElse(false);
    return service.fees().price(insured ? PaymentRoute.INSURANCE : PaymentRoute.SERVICE).amount();
  }

  @Override
  public PrintResult print(IssuedTicket issued) {
    Ticket ticket = tickets.find(vn.tiepdon.queue.TicketId.parse(issued.ticketId()));
    PrintOutcome outcome = printer.print(render(ticket, issued.followUrl()));
    tickets.markPrinted(ticket.id(), outcome.printed() ? PrintStatus.PRINTED : PrintStatus.FAILED);
    if (!outcome.printed()) {
      log.warn("ticket {} not printed: {}", ticket.number(), outcome.result());
    }
    return result(outcome);
  }

  /** The ticket this kiosk issued last today, if any: what staff reprint. */
  Optional<Ticket> lastTicketToday() {
    return tickets.ticketsOn(today()).stream().max(Comparator.comparing(Ticket::issuedAt));
  }

  /**
   * Prints a ticket again for staff (a patient lost it, or the paper ran out); a printed copy is
   * recorded as REPRINTED.
   */
  PrintResult reprint(Ticket ticket) {
    PrintOutcome outcome = printer.print(render(ticket, settings.followUrl(ticket.id())));
    if (outcome.printed()) {
      tickets.markPrinted(ticket.id(), PrintStatus.REPRINTED);
      log.info("ticket {} reprinted by staff", ticket.number());
    } else {
      log.warn("reprint of ticket {} failed: {}", ticket.number(), outcome.result());
    }
    return result(outcome);
  }

  /** A test page for staff: the hospital's name, the time and every Vietnamese diacritic. */
  PrintResult testPrint() {
    BufferedImage page =
        new BufferedImage(TicketPrinter.MAX_WIDTH_DOTS, 240, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(layoutFamily, Font.BOLD, 30));
      g.drawString("IN THỬ – TEST PRINT", 16, 48);
      g.setFont(new Font(layoutFamily, Font.PLAIN, 24));
      g.drawString(hospitalName, 16, 96);
      g.drawString(
          LocalDateTime.now(clock.withZone(QueueDay.ZONE)).withNano(0).toString(), 16, 140);
      g.drawString("ặ ỗ ữ Ở đ – Tiếng Việt", 16, 184);
      g.drawRect(2, 2, page.getWidth() - 5, page.getHeight() - 5);
    } finally {
      g.dispose();
    }
    return result(printer.print(page));
  }

  private BufferedImage render(Ticket ticket, String followUrl) {
    ClinicService service = catalogue.require(ticket.service());
    return layout.render(
        new TicketView(
            hospitalName,
            service.nameVi(),
            service.roomVi(),
            ticket.number(),
            LocalDateTime.ofInstant(ticket.issuedAt(), QueueDay.ZONE),
            ticket.priority().applies(),
            ticket.ahead(),
            ticket.etaMinutes(),
            followUrl,
            TicketView.VIETNAMESE));
  }

  private static PrintResult result(PrintOutcome outcome) {
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
