package vn.tiepdon.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.setup.DeviceSet;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.PrintResult;
import vn.tiepdon.ui.flow.StaffLock;
import vn.tiepdon.ui.remote.EnrolmentDesk;
import vn.tiepdon.ui.remote.NoticeBoard;

/**
 * What the staff screen can do once its PIN is entered: device self-tests, a test print, a reprint
 * of the last ticket, the configuration and enrolment state, and maintenance mode.
 */
public final class StaffConsole {
  private final StaffLock lock;
  private final DeviceSet<Object> devices;
  private final QueueClinic clinic;
  private final CheckInFlow flow;
  private final String configVersion;
  private final Optional<String> reportsTo;
  private final String appVersion;
  private volatile Optional<EnrolmentDesk> enrolment = Optional.empty();
  private volatile Optional<NoticeBoard> notices = Optional.empty();

  StaffConsole(
      StaffLock lock,
      DeviceSet<Object> devices,
      QueueClinic clinic,
      CheckInFlow flow,
      String configVersion,
      Optional<String> reportsTo,
      String appVersion) {
    this.lock = lock;
    this.devices = devices;
    this.clinic = clinic;
    this.flow = flow;
    this.configVersion = configVersion;
    this.reportsTo = reportsTo;
    this.appVersion = appVersion;
  }

  public StaffLock lock() {
    return lock;
  }

  /** One line per device: whether it passed its self-test and the health it reported. */
  public record DeviceCheck(String device, boolean passed, String state, String reason) {}

  public List<DeviceCheck> selfTest() {
    List<DeviceCheck> checks = new ArrayList<>();
    for (Map.Entry<DeviceId, SelfTestResult> e : devices.health().selfTestAll().entrySet()) {
      SelfTestResult r = e.getValue();
      checks.add(
          new DeviceCheck(
              e.getKey().toString(),
              r.passed(),
              r.health().state().name(),
              r.health().reason().name()));
    }
    return checks;
  }

  public PrintResult testPrint() {
    return clinic.testPrint();
  }

  /** The number of the ticket reprinted and how printing went; empty when none was issued today. */
  public record Reprint(String number, PrintResult result) {}

  public Optional<Reprint> reprintLastTicket() {
    Optional<Ticket> last = clinic.lastTicketToday();
    return last.map(t -> new Reprint(t.number().toString(), clinic.reprint(t)));
  }

  public String configVersion() {
    return configVersion;
  }

  /**
   * Where this kiosk reports ({@code site/kiosk @ broker}); empty when it has no telemetry. Signed
   * enrolment joins this line when the provisioning module delivers it.
   */
  public Optional<String> reportsTo() {
    return reportsTo;
  }

  /**
   * Enrolment status, request QR and bundle scans; empty without a {@code provisioning:} section.
   */
  public Optional<EnrolmentDesk> enrolment() {
    return enrolment;
  }

  /** Set by the composition root once remote management is open. */
  void enrolment(EnrolmentDesk desk) {
    enrolment = Optional.of(desk);
  }

  /** IT's notice on the attract screen, which staff may take down before its end. */
  public Optional<NoticeBoard> notices() {
    return notices;
  }

  void notices(NoticeBoard board) {
    notices = Optional.of(board);
  }

  public String appVersion() {
    return appVersion;
  }

  public void maintenance(boolean on) {
    flow.outOfService(on);
  }

  public boolean inMaintenance() {
    return flow.isOutOfService();
  }
}
