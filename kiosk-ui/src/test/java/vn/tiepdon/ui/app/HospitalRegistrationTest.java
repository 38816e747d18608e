package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.queue.fhir.FhirSettings;
import vn.tiepdon.queue.fhir.HisSettings;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.DeclaredPriority;
import vn.tiepdon.ui.flow.FlowState;

/**
 * The kiosk with a real FHIR client configured (`his:`) whose hospital system cannot be reached:
 * the patient still gets a ticket, marked provisional, and the registration waits sealed in the
 * outbox. The real composition root, a real SQLite file, a refused TCP connection.
 */
class HospitalRegistrationTest {
  private static final String QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  @TempDir Path home;

  @Test
  void anUnreachableHospitalSystemGivesAProvisionalTicket() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    HisSettings his =
        new HisSettings(
            fhirAt("http://127.0.0.1:" + closedPort() + "/fhir"),
            new HisSettings.Outbox(
                Base64.getEncoder().encodeToString(new byte[32]), null, null, null),
            null,
            null);
    TiepdonConfig config = QrOnlyDemoKiosk.config(home, null, his, null);
    try (KioskAssembly kiosk =
        KioskAssembly.start(config, home, CscaTrustStore.of(List.of()), clock)) {
      CheckInFlow flow = kiosk.flow();
      flow.touch();
      flow.chooseLanguage(CheckInFlow.VIETNAMESE);
      flow.agree();
      flow.qrScanned(QR);
      flow.declare(DeclaredPriority.NONE);
      flow.chooseService("NOI");
      flow.confirm();
      assertThat(flow.state()).isInstanceOf(FlowState.TicketShown.class);
      FlowState.TicketShown shown = (FlowState.TicketShown) flow.state();
      assertThat(shown.ticket().provisional()).isTrue();
      assertThat(shown.ticket().number()).isEqualTo("1");
    }
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/kiosk.db"));
        java.sql.ResultSet rows =
            c.createStatement().executeQuery("SELECT COUNT(*) FROM queue_his_outbox")) {
      assertThat(rows.getLong(1)).as("the registration waits, sealed, for the HIS").isEqualTo(1);
    }
  }

  private static FhirSettings fhirAt(String url) throws Exception {
    return new ConfigLoader()
        .read(
            new java.io.ByteArrayInputStream(
                ("baseUrl: " + url + "\nconnectTimeout: PT1S\nreadTimeout: PT1S\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "test",
            FhirSettings.class);
  }

  /** A port nothing listens on: connections are refused at once, as from a HIS that is down. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
