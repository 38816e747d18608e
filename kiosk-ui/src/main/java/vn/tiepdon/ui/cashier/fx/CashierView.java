package vn.tiepdon.ui.cashier.fx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.ui.cashier.CashierTexts;
import vn.tiepdon.ui.cashier.DeskAssembly;
import vn.tiepdon.ui.cashier.DeskFilter;
import vn.tiepdon.ui.cashier.DeskSnapshot;
import vn.tiepdon.ui.cashier.ReportExport;
import vn.tiepdon.ui.cashier.StatementImport;

/**
 * The cashier desk: today's payment intents and bank transfers, updating live (database reads run
 * on a worker, never on the FX thread), with filters, manual matching with a required note, the
 * audit trail, statement import and the day's report as CSV and PDF.
 */
public final class CashierView {
  private final DeskAssembly assembly;
  private final CashierTexts texts;
  private final String cashier;
  private final DeskRefresher refresher;
  private final ReportExport export;
  private final StatementImport statements;

  private final ObservableList<PaymentIntent> intentRows = FXCollections.observableArrayList();
  private final ObservableList<TransferRecord> transferRows = FXCollections.observableArrayList();
  private final TableView<PaymentIntent> intents = new TableView<>(intentRows);
  private final TableView<TransferRecord> transfers = new TableView<>(transferRows);
  private final DatePicker day = new DatePicker();
  private final ComboBox<Optional<PaymentStatus>> statusFilter = new ComboBox<>();
  private final ComboBox<Optional<TransferState>> stateFilter = new ComboBox<>();
  private final TextField search = new TextField();
  private final Label summary = new Label();
  private final Label webhooks = new Label();
  private final Label updated = new Label();
  private final Label notice = new Label();
  private final StackPane root = new StackPane();
  private DeskSnapshot shown;
  private boolean readFailing;

  /**
   * @param cashier who acts at this desk (written to the audit trail; editable in the match dialog)
   */
  public CashierView(DeskAssembly assembly, CashierTexts texts, String cashier) {
    this.assembly = assembly;
    this.texts = texts;
    this.cashier = cashier;
    this.export = new ReportExport(assembly.desk(), assembly.exportFolder());
    this.statements =
        new StatementImport(assembly.desk(), assembly.config().payment().accountNumber());
    LocalDate today = assembly.today();
    this.shown =
        new DeskSnapshot(today, assembly.desk().clock().instant(), List.of(), List.of(), List.of());
    this.refresher =
        new DeskRefresher(
            assembly::snapshot,
            today,
            snapshot -> Platform.runLater(() -> show(snapshot)),
            e ->
                Platform.runLater(
                    () -> {
                      notice(texts.get("loadFailed", e.getMessage()), true);
                      readFailing = true;
                    }));
    build(today);
    assembly.onPaymentBooked(intent -> refresher.request());
    refresher.start(assembly.config().desk().refreshInterval());
  }

  public Parent root() {
    return root;
  }

  /** Stops reading the database; call when the window closes. */
  public void stop() {
    refresher.close();
  }

  private void build(LocalDate today) {
    day.setId("day");
    day.setConverter(new LocalDateStringConverter(texts.dateFormat(), texts.dateFormat()));
    day.setValue(today);
    day.valueProperty()
        .addListener((o, was, is) -> refresher.day(is == null ? assembly.today() : is));
    statusFilter.setId("status-filter");
    statusFilter.getItems().add(Optional.empty());
    for (PaymentStatus s : PaymentStatus.values()) {
      statusFilter.getItems().add(Optional.of(s));
    }
    named(statusFilter, s -> texts.get("status." + s.name()));
    statusFilter.getSelectionModel().selectFirst();
    statusFilter.valueProperty().addListener((o, was, is) -> applyFilter());
    stateFilter.setId("state-filter");
    stateFilter.getItems().add(Optional.empty());
    for (TransferState s : TransferState.values()) {
      stateFilter.getItems().add(Optional.of(s));
    }
    named(stateFilter, s -> texts.get("state." + s.name()));
    stateFilter.getSelectionModel().selectFirst();
    stateFilter.valueProperty().addListener((o, was, is) -> applyFilter());
    search.setId("search");
    search.setPromptText(texts.get("filter.search"));
    search.textProperty().addListener((o, was, is) -> applyFilter());
    Button refresh = button("refresh", "button.refresh", refresher::request);
    HBox filters =
        new HBox(
            8,
            new Label(texts.get("filter.day")),
            day,
            new Label(texts.get("filter.status")),
            statusFilter,
            new Label(texts.get("filter.state")),
            stateFilter,
            search,
            refresh);
    filters.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(search, Priority.ALWAYS);
    filters.setPadding(new Insets(8));

    buildIntentTable();
    buildTransferTable();
    VBox intentBox = titled("intents.title", intents);
    VBox transferBox = titled("transfers.title", transfers);
    SplitPane tables = new SplitPane(intentBox, transferBox);
    tables.setOrientation(Orientation.VERTICAL);
    tables.setDividerPositions(0.45);

    Button match = button("match", "button.match", this::openMatch);
    Button addNote = button("add-note", "button.note", this::openNote);
    Button audit = button("show-audit", "button.audit", this::openAudit);
    Button importStatement = button("import", "button.import", this::openImport);
    Button csv = button("export-csv", "button.exportCsv", () -> exportReport(false));
    Button pdf = button("export-pdf", "button.exportPdf", () -> exportReport(true));
    HBox actions = new HBox(8, match, addNote, audit, importStatement, csv, pdf);
    summary.setId("summary");
    webhooks.setId("webhooks");
    webhooks.setText(
        assembly
            .webhookPort()
            .map(
                port ->
                    texts.get("webhooks.on", Integer.toString(port), assembly.webhookProviders()))
            .orElse(texts.get("webhooks.off")));
    updated.setId("updated");
    notice.setId("notice");
    notice.setWrapText(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox status = new HBox(12, summary, spacer, webhooks, updated);
    VBox bottom = new VBox(6, actions, notice, status);
    bottom.setPadding(new Insets(8));

    root.getChildren().add(new BorderPane(tables, filters, null, bottom, null));
    root.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null) {
                shortcuts(scene);
              }
            });
  }

  private void shortcuts(Scene scene) {
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), this::openMatch);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::openImport);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::openNote);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::openNote);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), refresher::request);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::closeOverlay);
  }

  private void buildIntentTable() {
    intents.setId("intents-table");
    intents.setPlaceholder(new Label("—"));
    intents
        .getColumns()
        .addAll(
            List.of(
                column("col.reference", 120, (PaymentIntent i) -> i.reference().value()),
                column("col.amount", 120, (PaymentIntent i) -> texts.money(i.amount())),
                column("col.received", 120, (PaymentIntent i) -> texts.money(i.received())),
                column("col.created", 160, (PaymentIntent i) -> texts.time(i.createdAt())),
                column("col.expires", 160, (PaymentIntent i) -> texts.time(i.expiresAt())),
                column(
                    "col.status",
                    140,
                    (PaymentIntent i) -> texts.get("status." + i.status().name())),
                column("col.ticket", 140, PaymentIntent::ticketRef)));
    intents.setRowFactory(
        tv ->
            new TableRow<>() {
              @Override
              protected void updateItem(PaymentIntent intent, boolean empty) {
                super.updateItem(intent, empty);
                getStyleClass().removeIf(c -> c.startsWith("status-"));
                setId(null);
                setStyle("");
                if (!empty && intent != null) {
                  setId("intent-" + intent.reference().value());
                  getStyleClass().add("status-" + intent.status().name().toLowerCase());
                  setStyle(RowColours.of(intent.status()));
                }
              }
            });
  }

  private void buildTransferTable() {
    transfers.setId("transfers-table");
    transfers.setPlaceholder(new Label("—"));
    transfers
        .getColumns()
        .addAll(
            List.of(
                column(
                    "col.provider",
                    90,
                    (TransferRecord r) -> texts.get("source." + r.transfer().source().key())),
                column("col.transaction", 150, (TransferRecord r) -> r.transfer().transactionId()),
                column("col.time", 160, (TransferRecord r) -> texts.time(r.transfer().bookedAt())),
                column("col.amount", 120, (TransferRecord r) -> texts.money(r.transfer().amount())),
                column("col.content", 380, (TransferRecord r) -> r.transfer().content()),
                column("col.outcome", 260, this::outcome),
                column(
                    "col.reference",
                    120,
                    (TransferRecord r) -> r.reference().map(ReferenceCode::value).orElse(""))));
    transfers.setRowFactory(
        tv ->
            new TableRow<>() {
              @Override
              protected void updateItem(TransferRecord record, boolean empty) {
                super.updateItem(record, empty);
                getStyleClass().removeIf(c -> c.startsWith("state-"));
                setId(null);
                setStyle("");
                if (!empty && record != null) {
                  setId(
                      "transfer-"
                          + record.transfer().source().key()
                          + "-"
                          + record.transfer().transactionId());
                  getStyleClass().add("state-" + record.state().name().toLowerCase());
                  setStyle(RowColours.of(record.state()));
                }
              }
            });
  }

  /** "Booked · by hand", "Unmatched · no code", "Late · code expired · repeated 2×". */
  String outcome(TransferRecord r) {
    List<String> parts = new ArrayList<>();
    parts.add(texts.get("state." + r.state().name()));
    if (!r.reason().isEmpty()) {
      parts.add(reason(r.reason()));
    }
    if (r.manual()) {
      parts.add(texts.get("manual"));
    }
    if (r.duplicates() > 0) {
      parts.add(texts.get("duplicates", r.duplicates()));
    }
    return String.join(" · ", parts);
  }

  private String reason(String code) {
    try {
      return texts.get("reason." + code);
    } catch (java.util.MissingResourceException e) {
      return code;
    }
  }

  private <T> TableColumn<T, String> column(String key, double width, Function<T, String> cell) {
    TableColumn<T, String> column = new TableColumn<>(texts.get(key));
    column.setId(key.replace('.', '-'));
    column.setPrefWidth(width);
    column.setCellValueFactory(data -> new ReadOnlyStringWrapper(cell.apply(data.getValue())));
    return column;
  }

  private VBox titled(String key, TableView<?> table) {
    Label title = new Label(texts.get(key));
    title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
    VBox box = new VBox(4, title, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    box.setPadding(new Insets(0, 8, 0, 8));
    return box;
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button(texts.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** Shows each choice by its word, "All" for no filter, in the list and on the button. */
  private <T extends Enum<T>> void named(ComboBox<Optional<T>> box, Function<T, String> name) {
    Function<Optional<T>, String> text =
        value ->
            value == null || value.isEmpty() ? texts.get("filter.all") : name.apply(value.get());
    box.setCellFactory(list -> new NamedCell<>(text));
    box.setButtonCell(new NamedCell<>(text));
  }

  private static final class NamedCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    NamedCell(Function<T, String> text) {
      this.text = text;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : text.apply(item));
    }
  }

  private void show(DeskSnapshot snapshot) {
    shown = snapshot;
    if (readFailing) {
      readFailing = false;
      notice("", false);
    }
    applyFilter();
    long paid = snapshot.intents().stream().filter(i -> i.status().hasReceivedMoney()).count();
    long waiting =
        snapshot.intents().stream().filter(i -> i.status() == PaymentStatus.OPEN).count();
    long forCashier =
        snapshot.transfers().stream().filter(r -> r.state() != TransferState.BOOKED).count();
    vn.tiepdon.payment.Money booked =
        snapshot.transfers().stream()
            .filter(r -> r.state() == TransferState.BOOKED)
            .map(r -> r.transfer().amount())
            .reduce(vn.tiepdon.payment.Money.ZERO, vn.tiepdon.payment.Money::plus);
    summary.setText(
        texts.get(
            "summary",
            texts.count(snapshot.intents().size()),
            texts.count(paid),
            texts.count(waiting),
            texts.count(snapshot.transfers().size()),
            texts.count(forCashier),
            texts.money(booked)));
    updated.setText(texts.get("updated", texts.clockTime(snapshot.readAt())));
  }

  private void applyFilter() {
    DeskFilter filter = filter();
    PaymentIntent selectedIntent = intents.getSelectionModel().getSelectedItem();
    TransferRecord selectedTransfer = transfers.getSelectionModel().getSelectedItem();
    List<PaymentIntent> intentsNow = shown.intents().stream().filter(filter::matches).toList();
    List<TransferRecord> transfersNow = shown.transfers().stream().filter(filter::matches).toList();
    // Unchanged rows are left alone: the selection, scroll position and focus stay put.
    if (!intentRows.equals(intentsNow)) {
      intentRows.setAll(intentsNow);
    }
    if (!transferRows.equals(transfersNow)) {
      transferRows.setAll(transfersNow);
    }
    if (selectedIntent != null) {
      intentRows.stream()
          .filter(i -> i.reference().equals(selectedIntent.reference()))
          .findFirst()
          .ifPresent(i -> intents.getSelectionModel().select(i));
    }
    if (selectedTransfer != null) {
      transferRows.stream()
          .filter(r -> r.transfer().key().equals(selectedTransfer.transfer().key()))
          .findFirst()
          .ifPresent(r -> transfers.getSelectionModel().select(r));
    }
  }

  DeskFilter filter() {
    return new DeskFilter(statusFilter.getValue(), stateFilter.getValue(), search.getText());
  }

  private void openMatch() {
    TransferRecord transfer = transfers.getSelectionModel().getSelectedItem();
    PaymentIntent intent = intents.getSelectionModel().getSelectedItem();
    if (transfer == null || intent == null) {
      notice(texts.get("match.needSelection"), true);
      return;
    }
    if (transfer.state() == TransferState.BOOKED) {
      notice(texts.get("match.alreadyBooked"), true);
      return;
    }
    notice("", false);
    showOverlay(
        new MatchPane(
                transfer,
                intent,
                texts,
                cashier,
                (who, note) -> {
                  closeOverlay();
                  refresher.submit(() -> match(transfer, intent, who, note));
                },
                this::closeOverlay)
            .root());
  }

  private void match(TransferRecord transfer, PaymentIntent intent, String who, String note) {
    String message;
    boolean failed = false;
    try {
      assembly
          .desk()
          .matchManually(
              transfer.transfer().source(),
              transfer.transfer().transactionId(),
              intent.reference(),
              who,
              note);
      PaymentStatus now =
          assembly
              .desk()
              .intent(intent.reference())
              .map(PaymentIntent::status)
              .orElse(intent.status());
      message =
          texts.get(
              "match.done",
              texts.get("source." + transfer.transfer().source().key()),
              transfer.transfer().transactionId(),
              intent.reference().value(),
              texts.get("status." + now.name()));
    } catch (IllegalStateException | IllegalArgumentException e) {
      message = texts.get("match.failed", e.getMessage());
      failed = true;
    }
    String shownMessage = message;
    boolean error = failed;
    Platform.runLater(() -> notice(shownMessage, error));
    refresher.request();
  }

  private void openNote() {
    TransferRecord transfer = transfers.getSelectionModel().getSelectedItem();
    if (transfer == null) {
      notice(texts.get("note.needSelection"), true);
      return;
    }
    notice("", false);
    showOverlay(
        new NotePane(
                transfer,
                texts,
                cashier,
                (who, note) -> {
                  closeOverlay();
                  refresher.submit(() -> addNote(transfer, who, note));
                },
                this::closeOverlay)
            .root());
  }

  private void addNote(TransferRecord transfer, String who, String note) {
    String message;
    boolean failed = false;
    try {
      assembly
          .desk()
          .addNote(transfer.transfer().source(), transfer.transfer().transactionId(), who, note);
      message =
          texts.get(
              "note.done",
              texts.get("source." + transfer.transfer().source().key()),
              transfer.transfer().transactionId());
    } catch (IllegalStateException | IllegalArgumentException e) {
      message = texts.get("note.failed", e.getMessage());
      failed = true;
    }
    String shownMessage = message;
    boolean error = failed;
    Platform.runLater(() -> notice(shownMessage, error));
    refresher.request();
  }

  private void openAudit() {
    showOverlay(new AuditPane(shown, texts, this::closeOverlay).root());
  }

  private void openImport() {
    showOverlay(
        new ImportPane(
                texts,
                (file, preset) -> {
                  closeOverlay();
                  refresher.submit(() -> importStatement(file, preset));
                },
                this::closeOverlay)
            .root());
  }

  private void importStatement(Path file, String preset) {
    String message;
    boolean failed = false;
    try {
      StatementImport.Result result = statements.run(file, preset);
      message =
          texts.get(
              "import.done",
              file.getFileName().toString(),
              result.booked(),
              result.forCashier(),
              result.alreadyKnown());
    } catch (FeedFormatException | IllegalArgumentException e) {
      message = texts.get("import.failed", e.getMessage());
      failed = true;
    }
    String shownMessage = message;
    boolean error = failed;
    Platform.runLater(() -> notice(shownMessage, error));
    refresher.request();
  }

  private void exportReport(boolean pdf) {
    LocalDate reportDay = shown.day();
    refresher.submit(
        () -> {
          String message;
          boolean failed = false;
          try {
            Path file =
                pdf
                    ? export.pdf(reportDay, texts.reportLocale())
                    : export.csv(reportDay, texts.reportLocale());
            message = texts.get("export.done", file.toString());
          } catch (IOException | RuntimeException e) {
            message = texts.get("export.failed", e.getMessage());
            failed = true;
          }
          String shownMessage = message;
          boolean error = failed;
          Platform.runLater(() -> notice(shownMessage, error));
        });
  }

  private void notice(String message, boolean error) {
    notice.setText(message);
    notice.setStyle(error ? "-fx-text-fill: #a01818;" : "-fx-text-fill: #1b6e2a;");
  }

  private void showOverlay(Parent overlay) {
    closeOverlay();
    root.getChildren().add(overlay);
  }

  private void closeOverlay() {
    if (root.getChildren().size() > 1) {
      root.getChildren().remove(1, root.getChildren().size());
    }
  }

  /** For the audit pane: the entries of the day shown. */
  List<AuditEntry> audit() {
    return shown.audit();
  }
}
