package vn.tiepdon.ui.fx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import vn.tiepdon.payment.vietqr.QrRenderer;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.flow.Accessibility;
import vn.tiepdon.ui.flow.AutomaticPriority;
import vn.tiepdon.ui.flow.Bilingual;
import vn.tiepdon.ui.flow.CardCheck;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.Clinic;
import vn.tiepdon.ui.flow.DeclaredPriority;
import vn.tiepdon.ui.flow.FailureKind;
import vn.tiepdon.ui.flow.FlowEvents;
import vn.tiepdon.ui.flow.FlowRules;
import vn.tiepdon.ui.flow.FlowSnapshot;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.IssuedTicket;
import vn.tiepdon.ui.flow.PatientSummary;
import vn.tiepdon.ui.flow.PaymentRequest;
import vn.tiepdon.ui.flow.PrintResult;
import vn.tiepdon.ui.flow.ServiceOption;

/**
 * Every screen of the kiosk as a state the real {@link KioskView} renders, without a session behind
 * it: the screenshot run and the touch-target check show each one in turn. The patient is made up
 * (the same as citizen-id's sample citizens' style).
 */
final class ScreenHarness {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  static final String HOSPITAL_VI = "Bệnh viện Đa khoa Tỉnh Ước Mơ";
  static final String HOSPITAL_EN = "Uoc Mo Provincial General Hospital";

  private static final PatientSummary PATIENT =
      new PatientSummary("Nguyễn Thị Ngọc Ánh", "079******234", LocalDate.of(1985, 3, 15));
  private static final PatientSummary ELDER =
      new PatientSummary("Trần Văn Hưởng", "001******876", LocalDate.of(1945, 8, 2));

  private ScreenHarness() {}

  /** A named screen: the state and the extras (idle countdown, display choices) it shows. */
  record Sample(String name, FlowState state, OptionalInt idleSecondsLeft, Accessibility access) {
    Sample(String name, FlowState state) {
      this(name, state, OptionalInt.empty(), Accessibility.defaults());
    }

    FlowSnapshot in(Locale locale) {
      return new FlowSnapshot(state, locale, idleSecondsLeft, access);
    }
  }

  static List<Sample> samples() {
    List<ServiceOption> services = services();
    IssuedTicket ticket = ticket(false, true);
    PaymentRequest payment =
        new PaymentRequest(
            "TD7K3M9Q",
            150_000,
            "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045406150000"
                + "5802VN62120808TD7K3M9Q6304ABCD",
            CLOCK.instant().plus(Duration.ofMinutes(15)));
    List<Sample> all = new ArrayList<>();
    all.add(new Sample("attract", new FlowState.Attract()));
    all.add(new Sample("language", new FlowState.ChooseLanguage()));
    all.add(new Sample("consent", new FlowState.Consent()));
    all.add(new Sample("scan-qr", new FlowState.ScanQr()));
    all.add(new Sample("read-chip", new FlowState.ReadChip(50)));
    all.add(new Sample("verify-face", new FlowState.VerifyFace("face.left", 1, 3)));
    all.add(
        new Sample(
            "priority",
            new FlowState.DeclarePriority(ELDER, Optional.of(AutomaticPriority.AGED_75_OR_OVER))));
    all.add(new Sample("choose-service", new FlowState.ChooseService(PATIENT, services)));
    all.add(new Sample("confirm", new FlowState.Confirm(PATIENT, services.get(0))));
    InsuranceSamples.addTo(all, PATIENT, ELDER, services, ScreenHarness::withFee);
    all.add(new Sample("registering", new FlowState.Registering()));
    all.add(new Sample("ticket", new FlowState.TicketShown(ticket, PrintResult.PRINTED, true)));
    all.add(
        new Sample(
            "ticket-provisional",
            new FlowState.TicketShown(ticket(true, false), PrintResult.PRINTED, true)));
    all.add(
        new Sample(
            "ticket-paper-out", new FlowState.TicketShown(ticket, PrintResult.PAPER_OUT, false)));
    all.add(new Sample("payment", new FlowState.Payment(ticket, payment)));
    all.add(new Sample("paid", new FlowState.Paid(150_000)));
    all.add(new Sample("goodbye", new FlowState.Goodbye()));
    for (FailureKind kind : FailureKind.values()) {
      int tries = kind.nextStep() == FailureKind.NextStep.CALL_STAFF ? 0 : 2;
      all.add(new Sample("failure-" + kind.name(), new FlowState.Failure(kind, tries)));
    }
    all.add(new Sample("staff-called", new FlowState.StaffCalled()));
    all.add(new Sample("out-of-service", new FlowState.OutOfService()));
    all.add(
        new Sample(
            "idle-warning",
            new FlowState.ChooseService(PATIENT, services),
            OptionalInt.of(7),
            Accessibility.defaults()));
    all.add(
        new Sample(
            "large-text",
            new FlowState.DeclarePriority(ELDER, Optional.of(AutomaticPriority.AGED_75_OR_OVER)),
            OptionalInt.empty(),
            Accessibility.defaults().withLargeText(true)));
    all.add(
        new Sample(
            "high-contrast",
            new FlowState.ChooseService(PATIENT, services),
            OptionalInt.empty(),
            Accessibility.defaults().withHighContrast(true)));
    all.add(
        new Sample(
            "high-contrast-ticket",
            new FlowState.TicketShown(ticket, PrintResult.PRINTED, true),
            OptionalInt.empty(),
            Accessibility.defaults().withHighContrast(true).withLargeText(true)));
    return all;
  }

  /** The kiosk's view of a given panel, in a scene of the panel's size; call on the FX thread. */
  static KioskView view(UiSettings ui) {
    QrRenderer renderer = new QrRenderer();
    CheckInFlow idle =
        new CheckInFlow(
            text -> new CardCheck.Rejected(FailureKind.QR_UNREADABLE),
            new NoClinic(),
            t -> Optional.empty(),
            new NoEvents(),
            FlowRules.defaults(),
            CLOCK);
    KioskView view =
        new KioskView(
            idle,
            new FlowCommands(idle),
            (payload, pixels) -> SwingFXUtils.toFXImage(renderer.render(payload, pixels), null),
            HOSPITAL_VI,
            HOSPITAL_EN,
            ui,
            CLOCK,
            Optional.empty());
    new Scene(view.root(), ui.width(), ui.height());
    return view;
  }

  static UiSettings portrait() {
    return new UiSettings(1080, 1920, 96, false, false, null);
  }

  static UiSettings landscape() {
    return portrait().turned();
  }

  static Map<String, UiSettings> orientations() {
    Map<String, UiSettings> both = new LinkedHashMap<>();
    both.put("portrait", portrait());
    both.put("landscape", landscape());
    return both;
  }

  private static List<ServiceOption> services() {
    String[][] names = {
      {
        "NOI",
        "Khám Nội",
        "Internal medicine",
        "Phòng 105 – Tầng 1 – Khu A",
        "Room 105 – Floor 1 – Block A"
      },
      {
        "NGOAI",
        "Khám Ngoại",
        "Surgery",
        "Phòng 112 – Tầng 1 – Khu A",
        "Room 112 – Floor 1 – Block A"
      },
      {"NHI", "Nhi", "Paediatrics", "Phòng 201 – Tầng 2 – Khu A", "Room 201 – Floor 2 – Block A"},
      {"SAN", "Sản – Phụ khoa", "Obstetrics & Gynaecology", "Phòng 205", "Room 205"},
      {"TMH", "Tai Mũi Họng", "ENT", "Phòng 301", "Room 301"},
      {"RHM", "Răng Hàm Mặt", "Dental", "Phòng 305", "Room 305"},
      {"MAT", "Mắt", "Eye", "Phòng 310", "Room 310"},
      {"DALIEU", "Da liễu", "Dermatology", "Phòng 402", "Room 402"},
    };
    List<ServiceOption> options = new ArrayList<>();
    int i = 0;
    for (String[] n : names) {
      ServiceOption.Availability availability =
          n[0].equals("NHI")
              ? ServiceOption.Availability.NOT_FOR_AGE
              : n[0].equals("DALIEU")
                  ? ServiceOption.Availability.FULL_TODAY
                  : ServiceOption.Availability.OPEN;
      options.add(
          new ServiceOption(
              n[0],
              new Bilingual(n[1], n[2]),
              new Bilingual(n[3], n[4]),
              12 - i,
              25 - 2 * i,
              150_000,
              availability));
      i++;
    }
    return options;
  }

  /** The same clinics at another fee, as a patient with another insurance outcome sees them. */
  private static List<ServiceOption> withFee(List<ServiceOption> options, long fee) {
    return options.stream()
        .map(
            o ->
                new ServiceOption(
                    o.code(),
                    o.name(),
                    o.room(),
                    o.waiting(),
                    o.etaMinutes(),
                    fee,
                    o.availability()))
        .toList();
  }

  private static IssuedTicket ticket(boolean provisional, boolean priority) {
    return new IssuedTicket(
        "t-1",
        "1023",
        "NOI",
        new Bilingual("Khám Nội", "Internal medicine"),
        new Bilingual("Phòng 105 – Tầng 1 – Khu A", "Room 105 – Floor 1 – Block A"),
        12,
        25,
        priority,
        provisional,
        CLOCK.instant(),
        "https://tiepdon.example.vn/hang-doi/t-1",
        150_000);
  }

  private static final class NoClinic implements Clinic {
    @Override
    public Optional<AutomaticPriority> automaticPriority(PatientSummary patient) {
      return Optional.empty();
    }

    @Override
    public List<ServiceOption> services(PatientSummary patient) {
      return List.of();
    }

    @Override
    public IssuedTicket issue(
        String requestKey,
        String serviceCode,
        PatientSummary patient,
        Object card,
        Optional<AutomaticPriority> automatic,
        DeclaredPriority declared) {
      throw new UnsupportedOperationException("screens only");
    }

    @Override
    public PrintResult print(IssuedTicket ticket) {
      throw new UnsupportedOperationException("screens only");
    }
  }

  private static final class NoEvents implements FlowEvents {
    @Override
    public void ticketIssued(IssuedTicket ticket) {}

    @Override
    public void paymentRequested(IssuedTicket ticket, PaymentRequest payment) {}

    @Override
    public void staffCalled(String where) {}

    @Override
    public void printFailed(PrintResult result) {}
  }
}
