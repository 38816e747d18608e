package vn.tiepdon.ui.fx;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.ui.flow.AutomaticPriority;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.DeclaredPriority;
import vn.tiepdon.ui.flow.FailureKind;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.IssuedTicket;
import vn.tiepdon.ui.flow.PatientSummary;
import vn.tiepdon.ui.flow.PrintResult;
import vn.tiepdon.ui.flow.ServiceOption;
import vn.tiepdon.ui.i18n.Texts;

/**
 * Builds the screen for each state of the flow. Screens only show a state and send commands; all
 * decisions stay in {@link CheckInFlow}. Node ids name what tests and screen readers look for.
 */
final class Screens {
  /** Tile text wraps within this width (logical px) rather than being cut off. */
  private static final double TILE_TEXT_WIDTH = 400;

  private final FlowCommands commands;
  private final QrImages qrImages;
  private final String hospitalVi;
  private final String hospitalEn;
  private final Clock clock;
  private final boolean landscape;
  private final Node livePreview;

  Screens(
      FlowCommands commands,
      QrImages qrImages,
      String hospitalVi,
      String hospitalEn,
      Clock clock,
      boolean landscape,
      Node livePreview) {
    this.commands = commands;
    this.qrImages = qrImages;
    this.hospitalVi = hospitalVi;
    this.hospitalEn = hospitalEn;
    this.clock = clock;
    this.landscape = landscape;
    this.livePreview = livePreview;
  }

  Node build(FlowState state, Texts t) {
    if (state instanceof FlowState.Attract) {
      return attract(t);
    } else if (state instanceof FlowState.ChooseLanguage) {
      return language(t);
    } else if (state instanceof FlowState.Consent) {
      return consent(t);
    } else if (state instanceof FlowState.ScanQr) {
      return scanQr(t);
    } else if (state instanceof FlowState.ReadChip chip) {
      return progress(t.get("chip.title"), t.get("chip.progress", chip.percent()), "read-chip");
    } else if (state instanceof FlowState.VerifyFace face) {
      return verifyFace(face, t);
    } else if (state instanceof FlowState.CheckingInsurance) {
      return progress(t.get("insurance.checking"), "", "checking-insurance");
    } else if (state instanceof FlowState.DeclarePriority priority) {
      return declarePriority(priority.patient(), priority.automatic(), t);
    } else if (state instanceof FlowState.ChooseService choose) {
      return chooseService(choose, t);
    } else if (state instanceof FlowState.Confirm confirm) {
      return confirm(confirm, t);
    } else if (state instanceof FlowState.Registering) {
      return progress(t.get("registering.title"), "", "registering");
    } else if (state instanceof FlowState.TicketShown shown) {
      return ticket(shown, t);
    } else if (state instanceof FlowState.Payment payment) {
      return payment(payment, t);
    } else if (state instanceof FlowState.Paid paid) {
      return message(
          t.get("paid.body", t.money(paid.amountDong())), t.get("paid.done"), "paid", "success");
    } else if (state instanceof FlowState.Goodbye) {
      return message(t.get("goodbye.body"), t.get("ticket.done"), "goodbye", "success");
    } else if (state instanceof FlowState.Failure failure) {
      return failure(failure, t);
    } else if (state instanceof FlowState.StaffCalled) {
      return message(t.get("staff.body"), t.get("staff.done"), "staff-called", "attention");
    } else if (state instanceof FlowState.OutOfService) {
      return screen(
          "out-of-service",
          heading(t.get("outOfService.title"), "title"),
          body(t.get("outOfService.body")));
    }
    throw new IllegalStateException("no screen for " + state.getClass().getSimpleName());
  }

  private Node attract(Texts t) {
    Label title = heading(t.get("attract.title", t.english() ? hospitalEn : hospitalVi), "title");
    Label body = body(t.get("attract.body"));
    Button start = mainButton(t.get("attract.start"), "start", CheckInFlow::touch);
    return screen("attract", title, body, grow(), start);
  }

  private Node language(Texts t) {
    Button vi =
        mainButton(t.get("language.vi"), "lang-vi", f -> f.chooseLanguage(CheckInFlow.VIETNAMESE));
    Button en =
        mainButton(t.get("language.en"), "lang-en", f -> f.chooseLanguage(CheckInFlow.ENGLISH));
    return screen("language", heading(t.get("language.title"), "title"), grow(), vi, en);
  }

  private Node consent(Texts t) {
    Button agree = mainButton(t.get("consent.agree"), "agree", CheckInFlow::agree);
    Button decline = secondaryButton(t.get("consent.decline"), "decline", CheckInFlow::decline);
    return screen(
        "consent",
        heading(t.get("consent.title"), "title"),
        body(t.get("consent.body")),
        grow(),
        agree,
        decline);
  }

  private Node scanQr(Texts t) {
    Label arrow = new Label("⬇");
    arrow.getStyleClass().add("scan-arrow");
    return screen(
        "scan-qr", heading(t.get("scan.title"), "title"), body(t.get("scan.body")), grow(), arrow);
  }

  /**
   * The face step: the hint, the liveness challenges done so far and the live camera picture (shown
   * only while an attempt runs, and cleared with the screen).
   */
  private Node verifyFace(FlowState.VerifyFace face, Texts t) {
    StackPane preview = new StackPane(livePreview);
    preview.setId("face-preview");
    preview.getStyleClass().add("face-preview");
    Label hint = heading(t.get(face.hintKey()), "face-hint");
    VBox box = screen("verify-face", hint, preview);
    if (face.challengesTotal() > 0) {
      ProgressBar done = new ProgressBar((double) face.challengesDone() / face.challengesTotal());
      done.setId("face-challenges");
      done.getStyleClass().add("face-challenges");
      box.getChildren()
          .addAll(
              done, body(t.get("face.progress", face.challengesDone(), face.challengesTotal())));
    } else {
      ProgressIndicator spinner = new ProgressIndicator();
      spinner.getStyleClass().add("big-progress");
      box.getChildren().add(spinner);
    }
    return box;
  }

  private Node declarePriority(
      PatientSummary patient, Optional<AutomaticPriority> automatic, Texts t) {
    VBox box = screen("priority", greeting(patient, t));
    automatic.ifPresent(
        a -> box.getChildren().add(notice(t.get("priority.auto." + a.name()), "auto-priority")));
    box.getChildren().add(heading(t.get("priority.title"), "title"));
    FlowPane choices = new FlowPane();
    choices.getStyleClass().addAll("tiles", "priority-choices");
    box.getChildren().add(choices);
    for (DeclaredPriority group : DeclaredPriority.values()) {
      Button button =
          group == DeclaredPriority.NONE
              ? mainButton(t.get("priority.NONE"), "priority-NONE", f -> f.declare(group))
              : secondaryButton(
                  t.get("priority." + group.name()),
                  "priority-" + group.name(),
                  f -> f.declare(group));
      choices.getChildren().add(button);
    }
    return box;
  }

  private Node chooseService(FlowState.ChooseService choose, Texts t) {
    FlowPane tiles = new FlowPane();
    tiles.getStyleClass().add("tiles");
    for (ServiceOption option : choose.options()) {
      Node tile = serviceTile(option, t);
      choose.patient().coverage().ifPresent(c -> InsuranceLines.addFee(tile, option, c, t));
      tiles.getChildren().add(tile);
    }
    return screen(
        "choose-service",
        greeting(choose.patient(), t),
        heading(t.get("service.title"), "title"),
        tiles);
  }

  private Node serviceTile(ServiceOption option, Texts t) {
    Label name = new Label(option.name().in(t.locale()));
    name.getStyleClass().add("tile-name");
    String detail =
        option.open()
            ? t.get("service.wait", option.waiting(), option.etaMinutes())
            : t.get("service." + option.availability().name());
    Label wait = new Label(detail);
    wait.getStyleClass().add("tile-detail");
    for (Label label : new Label[] {name, wait}) {
      label.setWrapText(true);
      label.setMaxWidth(TILE_TEXT_WIDTH);
      label.setPrefWidth(TILE_TEXT_WIDTH);
    }
    VBox content = new VBox(8, name, wait);
    Button tile = new Button();
    tile.setGraphic(content);
    tile.setId("service-" + option.code());
    tile.getStyleClass().addAll("tile", option.open() ? "open" : "unavailable");
    tile.setOnAction(e -> commands.send(f -> f.chooseService(option.code())));
    return tile;
  }

  private Node confirm(FlowState.Confirm confirm, Texts t) {
    ServiceOption option = confirm.option();
    Label what =
        heading(
            t.get("confirm.body", option.name().in(t.locale()), option.room().in(t.locale())),
            "confirm-service");
    Label fee =
        body(
            option.feeDong() > 0
                ? t.get("confirm.fee", t.money(option.feeDong()))
                : t.get("confirm.noFee"));
    fee.setId("confirm-fee");
    Button button = mainButton(t.get("confirm.button"), "confirm", CheckInFlow::confirm);
    return screen(
        "confirm-screen",
        greeting(confirm.patient(), t),
        heading(t.get("confirm.title"), "title"),
        what,
        fee,
        grow(),
        button);
  }

  private Node ticket(FlowState.TicketShown shown, Texts t) {
    IssuedTicket ticket = shown.ticket();
    Label number = new Label(ticket.number());
    number.setId("ticket-number");
    number.getStyleClass().add("ticket-number");
    VBox box =
        screen(
            "ticket",
            heading(t.get("ticket.title"), "title"),
            number,
            body(ticket.serviceName().in(t.locale()) + " – " + ticket.room().in(t.locale())),
            body(t.get("ticket.ahead", ticket.ahead(), ticket.etaMinutes())));
    if (ticket.priority()) {
      box.getChildren().add(notice(t.get("ticket.priority"), "ticket-priority"));
    }
    if (ticket.provisional()) {
      box.getChildren().add(notice(t.get("ticket.provisional"), "ticket-provisional"));
    }
    if (shown.print() == PrintResult.PRINTED) {
      box.getChildren().add(body(t.get("ticket.take")));
    } else {
      box.getChildren().add(notice(t.get("ticket.paperOut", ticket.number()), "paper-out"));
    }
    ImageView follow = new ImageView(qrImages.render(ticket.followUrl(), 280));
    follow.setId("follow-qr");
    Button next =
        mainButton(
            shown.paymentFollows() ? t.get("ticket.pay") : t.get("ticket.done"),
            "next",
            CheckInFlow::next);
    if (landscape) {
      VBox side = column(body(t.get("ticket.follow")), follow, grow(), next);
      return sideBySide("ticket", box, side);
    }
    box.getChildren().addAll(body(t.get("ticket.follow")), follow, grow(), next);
    return box;
  }

  private Node payment(FlowState.Payment payment, Texts t) {
    Label fee =
        heading(t.get("payment.fee", t.money(payment.request().amountDong())), "payment-fee");
    ImageView qr = new ImageView(qrImages.render(payment.request().vietQrPayload(), 560));
    qr.setId("payment-qr");
    Label valid = body(validFor(payment, t));
    valid.setId("payment-valid");
    Timeline countdown =
        new Timeline(
            new KeyFrame(
                javafx.util.Duration.seconds(1), e -> valid.setText(validFor(payment, t))));
    countdown.setCycleCount(Animation.INDEFINITE);
    countdown.play();
    valid
        .sceneProperty()
        .addListener(
            (obs, was, now) -> {
              if (now == null) {
                countdown.stop();
              }
            });
    Button later = secondaryButton(t.get("payment.later"), "pay-later", CheckInFlow::payLater);
    if (landscape) {
      return sideBySide(
          "payment", column(fee, body(t.get("payment.body")), valid, grow(), later), column(qr));
    }
    return screen("payment", fee, body(t.get("payment.body")), qr, valid, grow(), later);
  }

  private String validFor(FlowState.Payment payment, Texts t) {
    long seconds =
        Math.max(0, Duration.between(clock.instant(), payment.request().expiresAt()).toSeconds());
    return t.get(
        "payment.valid", String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60));
  }

  private Node failure(FlowState.Failure failure, Texts t) {
    FailureKind kind = failure.kind();
    Label what = heading(t.get("failure." + kind.name()), "failure-message");
    what.getStyleClass().add("failure");
    VBox box = screen("failure-" + kind.name(), what);
    boolean retryable =
        kind.nextStep() != FailureKind.NextStep.CALL_STAFF && failure.triesLeft() > 0;
    if (retryable) {
      box.getChildren().add(body(t.get("failure.triesLeft", failure.triesLeft())));
    }
    box.getChildren().add(grow());
    FailureKind.NextStep step = retryable ? kind.nextStep() : FailureKind.NextStep.CALL_STAFF;
    box.getChildren().add(mainButton(t.get("failure." + step.name()), "next", CheckInFlow::next));
    return box;
  }

  private Node message(String text, String button, String id, String tone) {
    Label label = heading(text, "message");
    label.getStyleClass().add(tone);
    return screen(id, label, grow(), mainButton(button, "next", CheckInFlow::next));
  }

  private Node progress(String title, String detail, String id) {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.getStyleClass().add("big-progress");
    return screen(id, heading(title, "title"), body(detail), spinner);
  }

  private Node greeting(PatientSummary patient, Texts t) {
    Label hello = new Label(t.get("greeting.hello", patient.fullName()));
    hello.setId("greeting");
    hello.getStyleClass().add("greeting");
    Label details =
        new Label(t.get("greeting.details", t.date(patient.dateOfBirth()), patient.maskedId()));
    details.getStyleClass().add("greeting-details");
    VBox greeting = new VBox(4, hello, details);
    patient.coverage().ifPresent(c -> greeting.getChildren().add(InsuranceLines.status(c, t)));
    return greeting;
  }

  /** Landscape: two columns, so that a screen fits 1080 px of height. */
  private static Node sideBySide(String id, VBox left, VBox right) {
    left.setId(null);
    left.getStyleClass().remove("screen");
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    left.setMaxWidth(Double.MAX_VALUE);
    right.setMaxWidth(Double.MAX_VALUE);
    HBox both = new HBox(48, left, right);
    both.setId(id);
    both.getStyleClass().addAll("screen", "two-columns");
    both.setAlignment(Pos.TOP_CENTER);
    return both;
  }

  private static VBox column(Node... children) {
    VBox box = new VBox(24, children);
    box.setAlignment(Pos.TOP_CENTER);
    return box;
  }

  private static VBox screen(String id, Node... children) {
    VBox box = new VBox(24, children);
    box.setId(id);
    box.getStyleClass().add("screen");
    box.setAlignment(Pos.TOP_CENTER);
    return box;
  }

  private static Label heading(String text, String id) {
    Label label = new Label(text);
    label.setId(id);
    label.getStyleClass().add("heading");
    label.setWrapText(true);
    return label;
  }

  private static Label body(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("body");
    label.setWrapText(true);
    return label;
  }

  private static Label notice(String text, String id) {
    Label label = body(text);
    label.setId(id);
    label.getStyleClass().add("notice");
    return label;
  }

  private Button mainButton(String text, String id, FlowCommands.Command command) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add("main-button");
    button.setOnAction(e -> commands.send(command));
    return button;
  }

  private Button secondaryButton(String text, String id, FlowCommands.Command command) {
    Button button = mainButton(text, id, command);
    button.getStyleClass().setAll("button", "secondary-button");
    return button;
  }

  private static Region grow() {
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    return spacer;
  }
}
