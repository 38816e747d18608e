package vn.tiepdon.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.tiepdon.ui.flow.Coverage;
import vn.tiepdon.ui.flow.ServiceOption;
import vn.tiepdon.ui.i18n.Texts;

/**
 * The insurance (BHYT) lines of the session screens: the check's outcome under the greeting (UX.md
 * "insurance" words), and on each clinic tile the fee this patient pays and whether it is under
 * insurance or as a self-paying patient.
 */
final class InsuranceLines {
  private InsuranceLines() {}

  /** "Thẻ BHYT còn hạn đến 31/12/2026 · Khám đúng tuyến", or what to do without it. */
  static Label status(Coverage coverage, Texts t) {
    String key = "insurance." + coverage.status().name();
    boolean dated =
        coverage.status() != Coverage.Status.NOT_FOUND
            && coverage.status() != Coverage.Status.UNCHECKED;
    String text =
        coverage
            .validUntil()
            .filter(day -> dated)
            .map(day -> t.get(key, t.date(day)))
            .orElseGet(() -> t.get(key + ".noDate"));
    Label label = new Label(text);
    label.setId("insurance-status");
    label.setWrapText(true);
    label.getStyleClass().addAll("body", "insurance-status");
    // Green only for a card that pays; amber for anything the patient should take note of.
    label.getStyleClass().add(coverage.status() == Coverage.Status.VALID ? "insured" : "notice");
    return label;
  }

  /** Adds "Khám BHYT · 50.600 đ" or "Khám dịch vụ · 150.000 đ" to an open clinic's tile. */
  static void addFee(Node tile, ServiceOption option, Coverage coverage, Texts t) {
    if (!(tile instanceof Button button) || !(button.getGraphic() instanceof VBox content)) {
      return;
    }
    // Every tile of the screen the same size, with or without a fee line.
    button.getStyleClass().add("with-fee");
    if (!option.open()) {
      return;
    }
    Label fee =
        new Label(
            t.get(
                coverage.insured() ? "service.fee.insurance" : "service.fee.self",
                t.money(option.feeDong())));
    fee.setId("fee-" + option.code());
    fee.setWrapText(true);
    fee.getStyleClass().addAll("tile-detail", "tile-fee");
    content.getChildren().add(fee);
  }
}
