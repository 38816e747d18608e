package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * A broker outage is invisible to the patient: with the kiosk's MQTT broker stopped, a patient
 * still checks in and gets a ticket, and the events wait in the outbox for the broker's return.
 */
@ExtendWith(ApplicationExtension.class)
class KioskBrokerOutageFxTest {
  private static final String QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  @TempDir static Path brokerHome;
  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static DemoBroker broker;
  private static boolean brokerStopped;
  private KioskAssembly kiosk;
  private TestIssuer issuer;

  @BeforeAll
  static void startBroker() {
    broker = DemoBroker.start(brokerHome.resolve("broker"));
  }

  @AfterAll
  static void stopBroker() {
    if (!brokerStopped) {
      broker.close();
    }
  }

  @Start
  void start(Stage stage) {
    issuer = TestIssuer.generate("TiepDon test CSCA", clock);
    kiosk =
        KioskAssembly.start(
            KioskTestConfig.demoOn(home, broker.url()),
            home,
            CscaTrustStore.of(List.of(issuer.csca())),
            clock);
    stage.setScene(new Scene(KioskWindow.view(kiosk, clock).root(), 540, 960));
    stage.show();
  }

  @AfterEach
  void stop() {
    kiosk.close();
  }

  @Test
  void aPatientGetsATicketWhileTheBrokerIsDown(FxRobot robot) throws Exception {
    broker.close();
    brokerStopped = true;
    KioskDriver k = new KioskDriver(robot, () -> kiosk.flow().state());
    k.click("#start");
    k.click("#lang-vi");
    k.click("#agree");
    k.waitFor("#scan-qr");
    kiosk.devices().simulatedScanner().orElseThrow().scan(QR);
    k.waitFor("#read-chip");
    kiosk
        .devices()
        .simulatedCardReader()
        .orElseThrow()
        .place(
            SoftwareChips.issue(
                new CccdQrParser(clock).parse(QR).card(),
                issuer,
                ChipIssue.genuine(FaceImageFile.drawn(java.awt.Color.GRAY))));
    k.click("#priority-NONE");
    k.click("#service-NOI");
    k.click("#confirm");
    k.waitFor("#ticket");
    assertThat(k.text("#ticket-number")).isEqualTo("1");
    assertThat(robot.lookup("#paper-out").tryQuery()).isEmpty();
    k.click("#next");
    k.click("#pay-later");
    k.waitFor("#goodbye");
    assertThat(outboxRows()).as("events kept for the broker's return").isPositive();
  }

  private long outboxRows() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/kiosk.db"));
        ResultSet tables =
            c.createStatement()
                .executeQuery(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name = 'telemetry_outbox'")) {
      long rows = 0;
      List<String> names = new java.util.ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      for (String table : names) {
        try (ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
          rows += count.getLong(1);
        }
      }
      return rows;
    }
  }
}
