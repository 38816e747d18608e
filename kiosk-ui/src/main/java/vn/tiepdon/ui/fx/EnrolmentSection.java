package vn.tiepdon.ui.fx;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tiepdon.ui.i18n.Texts;
import vn.tiepdon.ui.remote.BundleScanEvent;
import vn.tiepdon.ui.remote.EnrolmentDesk;
import vn.tiepdon.ui.remote.EnrolmentStatus;

/**
 * The staff screen's enrolment part: one status line for the console page, and the enrolment page
 * with the full status, the kiosk's enrolment request as a QR code for IT's phone or webcam, and
 * what became of the bundle codes scanned.
 */
final class EnrolmentSection {
  /** Large enough for a phone at arm's length: a 264-character request is 5 px per module. */
  static final int QR_PIXELS = 400;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final EnrolmentDesk desk;
  private final QrImages qrImages;
  private final Clock clock;

  EnrolmentSection(EnrolmentDesk desk, QrImages qrImages, Clock clock) {
    this.desk = desk;
    this.qrImages = qrImages;
    this.clock = clock;
  }

  /** The status in one line, for the console page's enrolment button. */
  String statusLine(Texts t) {
    EnrolmentStatus status = desk.status();
    return status instanceof EnrolmentStatus.Enrolled e
        ? t.get("enrolment.enrolledShort", e.hospital(), e.kiosk(), when(e.expiresAt()))
        : t.get(
            status instanceof EnrolmentStatus.BundleRefused
                ? "enrolment.bundleRefusedShort"
                : "enrolment.notEnrolledShort");
  }

  /** The enrolment page's content; {@code last} is the last scan's outcome, or null. */
  List<Node> page(Texts t, BundleScanEvent last) {
    VBox status = new VBox(12);
    status.setId("enrolment-status");
    EnrolmentStatus s = desk.status();
    if (s instanceof EnrolmentStatus.Enrolled e) {
      status
          .getChildren()
          .addAll(
              label(t.get("enrolment.enrolled", e.hospital(), e.kiosk()), "enrolment-enrolled"),
              label(t.get("enrolment.expires", when(e.expiresAt())), "enrolment-expires"),
              label(t.get("enrolment.broker", e.brokerHost()), "enrolment-broker"),
              label(t.get("enrolment.csca", e.cscaCertificates()), "enrolment-csca"));
    } else {
      status.getChildren().add(label(statusText(s, t), "enrolment-not-enrolled"));
    }
    status.getChildren().add(label(t.get("enrolment.scanHint"), "enrolment-scan-hint"));
    status.setMinWidth(380);
    status.setPrefWidth(400);
    status.setMaxWidth(400);

    ImageView qr = new ImageView(qrImages.render(desk.enrolmentQrText(), QR_PIXELS));
    qr.setId("enrolment-qr");
    Label caption = label(t.get("enrolment.request", desk.kioskName()), null);
    caption.setMaxWidth(QR_PIXELS);
    VBox request = new VBox(8, caption, qr);
    request.setAlignment(Pos.TOP_CENTER);

    HBox both = new HBox(32, status, request);
    both.setAlignment(Pos.TOP_CENTER);
    List<Node> nodes = new ArrayList<>();
    nodes.add(both);
    nodes.add(label(last == null ? "" : scanText(last, t), "enrolment-scan"));
    return nodes;
  }

  private String scanText(BundleScanEvent event, Texts t) {
    if (event instanceof BundleScanEvent.Progress p) {
      return t.get(
          "enrolment.progress",
          p.received(),
          p.total(),
          p.missing().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    if (event instanceof BundleScanEvent.Installed i) {
      return t.get(
          "enrolment.installed", i.bundle().hospital().value(), when(i.bundle().expiresAt()));
    }
    BundleScanEvent.Refused r = (BundleScanEvent.Refused) event;
    return t.get("enrolment.refused", t.get("enrolment.problem." + r.problem().name()));
  }

  private static String statusText(EnrolmentStatus status, Texts t) {
    return t.get(
        status instanceof EnrolmentStatus.BundleRefused
            ? "enrolment.bundleRefused"
            : "enrolment.notEnrolled");
  }

  private String when(Instant instant) {
    return WHEN.format(instant.atZone(clock.getZone()));
  }

  private static Label label(String text, String id) {
    Label l = new Label(text);
    l.setId(id);
    l.getStyleClass().add("staff-text");
    l.setWrapText(true);
    return l;
  }
}
