package vn.tiepdon.ui.cashier.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.sqlite.PaymentDatabase;
import vn.tiepdon.payment.sqlite.SqlitePaymentIntentStore;
import vn.tiepdon.payment.webhook.CassoWebhook;
import vn.tiepdon.ui.cashier.CashierTexts;
import vn.tiepdon.ui.cashier.DeskAssembly;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.DeskConfig;

/**
 * The cashier desk headless (Monocle) on a real SQLite file, with its real webhook endpoint: a
 * kiosk (another connection to the same file) creates intents, signed Casso and SePay notifications
 * arrive over HTTP, the rows turn PAID live, a cashier matches a transfer by hand with a note that
 * shows in the audit trail, statements are imported once, and the day's report is exported.
 */
@ExtendWith(ApplicationExtension.class)
class CashierDeskFxTest {
  /** Casso's key as payment-qr's webhook tests use it (made up; the HMAC scheme is Casso's). */
  static final String CASSO_KEY = "casso-checksum-key-made-up-for-tests";

  static final String SEPAY_KEY = "sepay-api-key-made-up-for-tests";
  static final DateTimeFormatter PROVIDER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final CashierTexts VI = CashierTexts.of(Locale.forLanguageTag("vi"));

  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  @TempDir Path folder;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Clock clock = Clock.systemUTC();
  private DeskAssembly assembly;
  private CashierView view;
  private PaymentIntents kiosk;
  private int port;

  /**
   * Where the desk keeps its data: a SQLite file here, PostgreSQL in {@link CashierDeskPostgresIT}.
   */
  String database() throws Exception {
    return "data/desk.db";
  }

  /** The kiosk's own connection to the desk's database. */
  DataSource kioskConnection() {
    return PaymentDatabase.open(folder.resolve("data/desk.db"));
  }

  @Start
  void start(Stage stage) throws Exception {
    port = freePort();
    Path config = folder.resolve("desk.yaml");
    Files.writeString(
        config,
        """
        site:
          id: bv-test
          name: {vi: "Bệnh viện Đa khoa Tỉnh Ước Mơ", en: "Uoc Mo Provincial General Hospital"}
        desk:
          id: thu-ngan-test
          database: "%s"
          webhookPort: %d
          sepayApiKey: "%s"
          cassoChecksumKey: "%s"
          exportFolder: reports
          refreshInterval: PT0.5S
        payment:
          bankBin: "970436"
          accountNumber: "0011001234567"
          accountName: "BENH VIEN DA KHOA TINH UOC MO"
        """
            .formatted(database(), port, SEPAY_KEY, CASSO_KEY));
    DeskConfig desk = new ConfigLoader().loadDesk(config);
    assembly = DeskAssembly.start(desk, folder, clock);
    // The kiosk writes intents through its own connection to the same file, as a shared desk does.
    DataSource kioskDb = kioskConnection();
    kiosk =
        new PaymentIntents(
            new PaymentSettings("970436", "0011001234567", "BENH VIEN DA KHOA TINH UOC MO"),
            new SqlitePaymentIntentStore(kioskDb),
            clock,
            new SecureRandom());
    view = new CashierView(assembly, VI, "thu-ngan-lan");
    stage.setScene(new Scene(view.root(), 1400, 850));
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(view::stop).get();
    assembly.close();
  }

  @Test
  void aSignedWebhookTurnsTheIntentPaidLiveAndAManualMatchWithANoteIsAudited(FxRobot robot)
      throws Exception {
    assertThat(fx(() -> label(robot, "#webhooks").getText()))
        .isEqualTo(VI.get("webhooks.on", Integer.toString(port), "sepay, casso"));
    PaymentIntent first = kiosk.create(Money.ofDong(150_000), "K01-1023");
    PaymentIntent second = kiosk.create(Money.ofDong(90_000), "K01-1024");
    awaitIntent(robot, first, PaymentStatus.OPEN);
    assertThat(fx(() -> cells(robot, "#intents-table", 0)))
        .contains(first.reference().value(), "150.000 ₫", "Chờ thanh toán", "K01-1023");

    String casso =
        cassoBody(
            880_001,
            "MBVCB.4530998360.029552." + first.reference() + " Thanh toán viện phí",
            150_000);
    HttpResponse<String> paid = post("casso", casso, "X-Casso-Signature", cassoSignature(casso));
    assertThat(paid.body()).isEqualTo("{\"success\":true,\"outcome\":\"MATCHED\"}");

    awaitIntent(robot, first, PaymentStatus.PAID);
    TransferRecord booked = awaitTransfer(robot, TransferSource.CASSO, "880001");
    assertThat(booked.state()).isEqualTo(TransferState.BOOKED);
    assertThat(fx(() -> rowNode(robot, "#intent-" + first.reference()).getStyleClass()))
        .contains("status-paid");
    assertThat(fx(() -> cells(robot, "#transfers-table", 0)))
        .contains("Casso", "880001", "150.000 ₫", "Đã ghi nhận");

    // A forged notification is refused and changes nothing.
    String forged = cassoBody(880_002, second.reference().value(), 90_000);
    assertThat(
            post("casso", forged, "X-Casso-Signature", cassoSignature(forged.replace("90000", "9")))
                .statusCode())
        .isEqualTo(401);

    // The patient typed the content by hand and lost the code: the cashier matches it.
    String sepay = sepayBody(92_704, "CHUYEN TIEN KHAM BENH CHO ME", 90_000);
    assertThat(post("sepay", sepay, "Authorization", "Apikey " + SEPAY_KEY).body())
        .isEqualTo("{\"success\":true,\"outcome\":\"UNMATCHED_TRANSFER\"}");
    awaitTransfer(robot, TransferSource.SEPAY, "92704");
    assertThat(fx(() -> rowNode(robot, "#transfer-sepay-92704").getStyleClass()))
        .contains("state-unmatched");
    assertThat(fx(() -> assembly.desk().transfers(assembly.today(), CashierTexts.VIETNAM)))
        .extracting(r -> r.transfer().transactionId())
        .containsExactlyInAnyOrder("880001", "92704");
    // The screenshot shows both states: a paid intent, an unmatched transfer. Looked at by eye.
    screenshot(robot, "cashier-desk-vi.png");

    robot.clickOn("#match");
    assertThat(fx(() -> label(robot, "#notice").getText()))
        .isEqualTo(VI.get("match.needSelection"));
    select(robot, "#transfers-table", "92704");
    select(robot, "#intents-table", second.reference().value());
    robot.clickOn("#match");
    assertThat(fx(() -> label(robot, "#notice").getText())).isEmpty();
    assertThat(fx(() -> robot.lookup("#match-confirm").query().isDisabled())).isTrue();
    assertThat(fx(() -> label(robot, "#match-intent").getText()))
        .contains(second.reference().value(), "K01-1024", "90.000 ₫");
    String note = "Bệnh nhân đưa biên lai chuyển khoản; nội dung không có mã";
    WaitForAsyncUtils.asyncFx(
            () -> robot.lookup("#match-note").queryAs(TextArea.class).setText(note))
        .get();
    assertThat(fx(() -> robot.lookup("#match-confirm").query().isDisabled())).isFalse();
    robot.clickOn("#match-confirm");

    awaitIntent(robot, second, PaymentStatus.PAID);
    await().until(() -> fx(() -> label(robot, "#notice").getText()).startsWith("Đã khớp"));
    TransferRecord matched = awaitTransfer(robot, TransferSource.SEPAY, "92704");
    await().until(() -> fx(() -> transferIn(robot, TransferSource.SEPAY, "92704")).get().manual());
    // A note on the Casso transfer (nothing to match): it goes to the audit trail too.
    select(robot, "#transfers-table", "880001");
    robot.clickOn("#add-note");
    assertThat(fx(() -> robot.lookup("#note-save").query().isDisabled())).isTrue();
    WaitForAsyncUtils.asyncFx(
            () ->
                robot
                    .lookup("#note-text")
                    .queryAs(TextArea.class)
                    .setText("Đã gọi điện xác nhận với người chuyển"))
        .get();
    robot.clickOn("#note-save");
    await()
        .until(
            () ->
                fx(() -> label(robot, "#notice").getText())
                    .equals(VI.get("note.done", "Casso", "880001")));
    await().until(() -> assembly.desk().audit(assembly.today(), CashierTexts.VIETNAM).size() == 2);
    robot.clickOn("#show-audit");
    List<AuditEntry> audit =
        fx(() -> robot.lookup("#audit-table").<AuditEntry>queryTableView().getItems());
    assertThat(audit).hasSize(2);
    assertThat(audit.get(1).action()).isEqualTo(AuditEntry.Action.NOTE);
    assertThat(audit.get(1).transactionId()).isEqualTo("880001");
    assertThat(audit.get(0).note()).isEqualTo(note);
    assertThat(audit.get(0).cashier()).isEqualTo("thu-ngan-lan");
    assertThat(audit.get(0).action()).isEqualTo(AuditEntry.Action.MANUAL_MATCH);
    assertThat(audit.get(0).reference()).contains(second.reference());
    assertThat(matched.transfer().amount()).isEqualTo(Money.ofDong(90_000));
    screenshot(robot, "cashier-desk-audit-vi.png");
  }

  @Test
  void theDayReportIsExportedAsCsvWithTheBomAndAPdfWhoseVietnameseTextIsExtractable(FxRobot robot)
      throws Exception {
    PaymentIntent intent = kiosk.create(Money.ofDong(150_000), "K02-0007");
    String body = cassoBody(770_001, intent.reference() + " Thanh toán viện phí", 150_000);
    post("casso", body, "X-Casso-Signature", cassoSignature(body));
    awaitIntent(robot, intent, PaymentStatus.PAID);

    robot.clickOn("#export-csv");
    await().until(() -> fx(() -> label(robot, "#notice").getText()).startsWith("Đã lưu"));
    Path csv = folder.resolve("reports").resolve("bao-cao-thanh-toan-" + assembly.today() + ".csv");
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text)
        .contains(intent.reference().value())
        .contains("Nội dung chuyển khoản")
        .contains("Thanh toán viện phí");

    robot.clickOn("#export-pdf");
    Path pdf = folder.resolve("reports").resolve("bao-cao-thanh-toan-" + assembly.today() + ".pdf");
    await().until(() -> Files.exists(pdf));
    // Kept under target/ to be rendered and looked at (pdftoppm -png -r 90).
    Files.createDirectories(Path.of("target", "screenshots"));
    Files.copy(
        pdf,
        Path.of("target", "screenshots", "cashier-report-vi.pdf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    PdfReader reader = new PdfReader(new ByteArrayInputStream(Files.readAllBytes(pdf)));
    try {
      String page = new PdfTextExtractor(reader).getTextFromPage(1);
      assertThat(page)
          .contains("Báo cáo thanh toán ngày")
          .contains("Giao dịch chuyển khoản")
          .contains(intent.reference().value())
          .contains("Thanh toán viện phí");
    } finally {
      reader.close();
    }
    assertThat(Files.list(folder.resolve("reports")).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.endsWith(".part"));
  }

  @Test
  void aStatementIsImportedOnceAndABadOneIsRefusedNamingTheRowWithNothingStored(FxRobot robot)
      throws Exception {
    PaymentIntent intent = kiosk.create(Money.ofDong(200_000), "K03-0042");
    awaitIntent(robot, intent, PaymentStatus.OPEN);
    String now = LocalDateTime.now(CashierTexts.VIETNAM).withNano(0).toString();
    Path statement = folder.resolve("sao-ke.csv");
    Files.writeString(
        statement,
        "\uFEFFtransaction_id,booked_at,amount,content,account\r\n"
            + "FT2633500001,"
            + now
            + ",200000,\"IBFT "
            + intent.reference()
            + " VIEN PHI\",0011001234567\r\n"
            + "FT2633500002,"
            + now
            + ",50000,\"Ủng hộ quỹ bệnh nhân nghèo\",0011001234567\r\n",
        StandardCharsets.UTF_8);

    importFile(robot, statement);
    await()
        .until(
            () ->
                fx(() -> label(robot, "#notice").getText())
                    .equals(VI.get("import.done", "sao-ke.csv", 1, 1, 0)));
    awaitIntent(robot, intent, PaymentStatus.PAID);
    awaitTransfer(robot, TransferSource.STATEMENT, "FT2633500002");

    importFile(robot, statement);
    await()
        .until(
            () ->
                fx(() -> label(robot, "#notice").getText())
                    .equals(VI.get("import.done", "sao-ke.csv", 0, 0, 2)));

    Path bad = folder.resolve("hong.csv");
    Files.writeString(
        bad,
        "transaction_id,booked_at,amount,content,account\n"
            + "FT2633500003,"
            + now
            + ",70000,ok,0011001234567\n"
            + "FT2633500004,"
            + now
            + ",1.5OO,bad,0011001234567\n",
        StandardCharsets.UTF_8);
    importFile(robot, bad);
    await().until(() -> fx(() -> label(robot, "#notice").getText()).startsWith("Không nhập được"));
    assertThat(fx(() -> label(robot, "#notice").getText()))
        .contains("line 3")
        .contains("amount")
        .contains("1.5OO");
    assertThat(assembly.desk().transfers(assembly.today(), CashierTexts.VIETNAM))
        .extracting(r -> r.transfer().transactionId())
        .containsExactly("FT2633500001", "FT2633500002");

    importFile(robot, folder.resolve("khong-co.csv"));
    await().until(() -> fx(() -> label(robot, "#notice").getText()).contains("khong-co.csv"));
  }

  @Test
  void filtersNarrowTheTablesByStatusStateAndTextWithoutDiacritics(FxRobot robot) throws Exception {
    PaymentIntent open = kiosk.create(Money.ofDong(60_000), "K04-0001");
    PaymentIntent paid = kiosk.create(Money.ofDong(70_000), "K04-0002");
    String body = cassoBody(660_001, paid.reference() + " Thanh toán viện phí", 70_000);
    post("casso", body, "X-Casso-Signature", cassoSignature(body));
    String other = sepayBody(66_002, "Chuyển tiền khám bệnh", 10_000);
    post("sepay", other, "Authorization", "Apikey " + SEPAY_KEY);
    awaitIntent(robot, paid, PaymentStatus.PAID);
    awaitTransfer(robot, TransferSource.SEPAY, "66002");

    WaitForAsyncUtils.asyncFx(
            () ->
                robot
                    .lookup("#status-filter")
                    .<ComboBox<Optional<PaymentStatus>>>query()
                    .setValue(Optional.of(PaymentStatus.OPEN)))
        .get();
    assertThat(fx(() -> intentsShown(robot))).containsExactly(open.reference().value());

    WaitForAsyncUtils.asyncFx(
            () ->
                robot
                    .lookup("#state-filter")
                    .<ComboBox<Optional<TransferState>>>query()
                    .setValue(Optional.of(TransferState.UNMATCHED)))
        .get();
    assertThat(fx(() -> transfersShown(robot))).containsExactly("66002");

    WaitForAsyncUtils.asyncFx(
            () -> {
              robot
                  .lookup("#status-filter")
                  .<ComboBox<Optional<PaymentStatus>>>query()
                  .setValue(Optional.empty());
              robot
                  .lookup("#state-filter")
                  .<ComboBox<Optional<TransferState>>>query()
                  .setValue(Optional.empty());
              robot.lookup("#search").queryAs(TextField.class).setText("vien phi");
            })
        .get();
    assertThat(fx(() -> transfersShown(robot))).containsExactly("660001");
    assertThat(fx(() -> intentsShown(robot))).isEmpty();

    WaitForAsyncUtils.asyncFx(
            () ->
                robot.lookup("#search").queryAs(TextField.class).setText(paid.reference().value()))
        .get();
    assertThat(fx(() -> intentsShown(robot))).containsExactly(paid.reference().value());
    assertThat(fx(() -> transfersShown(robot))).containsExactly("660001");

    // Live updates keep the filter.
    kiosk.create(Money.ofDong(80_000), "K04-0003");
    await().until(() -> fx(() -> label(robot, "#summary").getText()).startsWith("Khoản thu: 3,"));
    assertThat(fx(() -> intentsShown(robot))).containsExactly(paid.reference().value());
  }

  @Test
  void inEnglishTheWordsAndMoneyAreEnglish(FxRobot robot) throws Exception {
    CashierTexts english = CashierTexts.of(Locale.ENGLISH);
    CashierView englishView = fx(() -> new CashierView(assembly, english, "cashier-ann"));
    try {
      WaitForAsyncUtils.asyncFx(() -> robot.window(0).getScene().setRoot(englishView.root())).get();
      PaymentIntent intent = kiosk.create(Money.ofDong(1_250_000), "K05-0001");
      String body = sepayBody(55_001, "Chuyển tiền khám bệnh", 20_000);
      post("sepay", body, "Authorization", "Apikey " + SEPAY_KEY);
      awaitIntent(robot, intent, PaymentStatus.OPEN);
      awaitTransfer(robot, TransferSource.SEPAY, "55001");
      assertThat(fx(() -> cells(robot, "#intents-table", 0)))
          .contains(intent.reference().value(), "1,250,000 VND", "0 VND", "Waiting");
      assertThat(fx(() -> cells(robot, "#transfers-table", 0)))
          .contains("SePay", "20,000 VND", "Unmatched · no code");
      assertThat(fx(() -> label(robot, "#summary").getText()))
          .isEqualTo(
              "Payments: 1 due, 0 paid, 1 waiting · Transfers: 1, 1 for the cashier · Booked 0 VND");
      screenshot(robot, "cashier-desk-en.png");
    } finally {
      WaitForAsyncUtils.asyncFx(englishView::stop).get();
    }
  }

  // --- helpers ---

  /** Clicks the cell showing {@code text} in {@code table} until its row is selected. */
  private static void select(FxRobot robot, String table, String text) {
    await()
        .until(
            () -> {
              robot.clickOn(
                  (Node node) ->
                      node instanceof javafx.scene.control.TableCell<?, ?> cell
                          && cell.isVisible()
                          && text.equals(cell.getText())
                          && cell.getTableView() == robot.lookup(table).query());
              return fx(
                  () -> {
                    TableView<?> view = robot.lookup(table).queryAs(TableView.class);
                    int row = view.getSelectionModel().getSelectedIndex();
                    return row >= 0
                        && view.getColumns().stream()
                            .anyMatch(c -> text.equals(String.valueOf(c.getCellData(row))));
                  });
            });
  }

  private void importFile(FxRobot robot, Path file) throws Exception {
    robot.clickOn("#import");
    WaitForAsyncUtils.asyncFx(
            () -> robot.lookup("#import-file").queryAs(TextField.class).setText(file.toString()))
        .get();
    robot.clickOn("#import-run");
  }

  private List<String> intentsShown(FxRobot robot) {
    return robot.lookup("#intents-table").<PaymentIntent>queryTableView().getItems().stream()
        .map(i -> i.reference().value())
        .toList();
  }

  private List<String> transfersShown(FxRobot robot) {
    return robot.lookup("#transfers-table").<TransferRecord>queryTableView().getItems().stream()
        .map(r -> r.transfer().transactionId())
        .toList();
  }

  private void awaitIntent(FxRobot robot, PaymentIntent intent, PaymentStatus status) {
    await()
        .until(
            () ->
                fx(
                    () ->
                        robot
                            .lookup("#intents-table")
                            .<PaymentIntent>queryTableView()
                            .getItems()
                            .stream()
                            .anyMatch(
                                i ->
                                    i.reference().equals(intent.reference())
                                        && i.status() == status)));
  }

  private TransferRecord awaitTransfer(FxRobot robot, TransferSource source, String id) {
    return await().until(() -> fx(() -> transferIn(robot, source, id)), Optional::isPresent).get();
  }

  private Optional<TransferRecord> transferIn(FxRobot robot, TransferSource source, String id) {
    return robot.lookup("#transfers-table").<TransferRecord>queryTableView().getItems().stream()
        .filter(r -> r.transfer().source() == source && r.transfer().transactionId().equals(id))
        .findFirst();
  }

  private static List<String> cells(FxRobot robot, String table, int row) {
    TableView<?> view = robot.lookup(table).queryAs(TableView.class);
    return view.getColumns().stream().map(c -> String.valueOf(c.getCellData(row))).toList();
  }

  /** The visible row with this id (a table keeps spare rows, hidden, that may hold an old id). */
  private static Node rowNode(FxRobot robot, String id) {
    return robot.lookup(id).queryAll().stream()
        .filter(Node::isVisible)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no visible row " + id));
  }

  private static Label label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class);
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get();
  }

  private void screenshot(FxRobot robot, String name) throws Exception {
    WritableImage image = fx(() -> robot.window(0).getScene().getRoot().snapshot(null, null));
    Path out = Path.of("target", "screenshots", name);
    Files.createDirectories(out.getParent());
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
  }

  private HttpResponse<String> post(String provider, String body, String header, String value)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/" + provider))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", "application/json")
            .header(header, value)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String cassoSignature(String body) {
    String t = Long.toString(clock.millis());
    return "t="
        + t
        + ",v1="
        + new CassoWebhook(CASSO_KEY, clock, Duration.ofMinutes(5))
            .sign(t, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String nowInVietnam() {
    return LocalDateTime.now(CashierTexts.VIETNAM).format(PROVIDER_TIME);
  }

  private static String cassoBody(long id, String description, long amount) {
    return "{\"error\":0,\"data\":{\"id\":"
        + id
        + ",\"reference\":\"FT26335"
        + id
        + "\",\"description\":\""
        + description
        + "\",\"amount\":"
        + amount
        + ",\"runningBalance\":25000000,\"transactionDateTime\":\""
        + nowInVietnam()
        + "\",\"accountNumber\":\"0011001234567\",\"bankName\":\"Vietcombank\","
        + "\"bankAbbreviation\":\"VCB\",\"virtualAccountNumber\":\"\",\"virtualAccountName\":\"\","
        + "\"counterAccountName\":\"NGUYEN VAN AN\",\"counterAccountNumber\":\"0351000646393\","
        + "\"counterAccountBankId\":\"970422\",\"counterAccountBankName\":\"MB Bank\"}}";
  }

  private static String sepayBody(long id, String content, long amount) {
    return "{\"id\":"
        + id
        + ",\"gateway\":\"Vietcombank\",\"transactionDate\":\""
        + nowInVietnam()
        + "\",\"accountNumber\":\"0011001234567\",\"subAccount\":null,\"code\":null,"
        + "\"content\":\""
        + content
        + "\",\"transferType\":\"in\",\"transferAmount\":"
        + amount
        + ",\"accumulated\":19077000,\"referenceCode\":\"MBVCB.3278907687\",\"description\":\"\"}";
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
