package vn.tiepdon.ui.demo;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.ui.app.SimulatedHospitalSystem;

/**
 * The demo panel's insurance (BHYT) controls: each citizen's outcome next to their name, one
 * outcome for everybody, and a hospital system that answers too slowly for the kiosk to wait.
 */
final class DemoInsuranceControls {
  private DemoInsuranceControls() {}

  static VBox of(SimulatedHospitalSystem his, ResourceBundle words) {
    ComboBox<Optional<InsuranceStatus>> outcome = new ComboBox<>();
    outcome.setId("insurance-outcome");
    outcome.getItems().add(Optional.empty());
    for (InsuranceStatus status : InsuranceStatus.values()) {
      if (status != InsuranceStatus.UNAVAILABLE) {
        outcome.getItems().add(Optional.of(status));
      }
    }
    outcome.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Optional<InsuranceStatus> status) {
            return status == null
                ? ""
                : status
                    .map(s -> words.getString("panel.insurance." + s.name()))
                    .orElse(words.getString("panel.insuranceByCitizen"));
          }

          @Override
          public Optional<InsuranceStatus> fromString(String text) {
            return Optional.empty();
          }
        });
    outcome.getSelectionModel().selectFirst();
    outcome.setOnAction(
        e -> his.insuranceForEverybody(outcome.getSelectionModel().getSelectedItem()));
    CheckBox slow = new CheckBox(words.getString("panel.insuranceSlow"));
    slow.setId("insurance-slow");
    slow.selectedProperty().addListener((obs, was, on) -> his.slowInsurance(on));
    return new VBox(6, new HBox(6, new Label(words.getString("panel.insurance")), outcome), slow);
  }

  /** Shows each citizen's insurance outcome after their label in the citizen list. */
  static void labelCitizens(
      ComboBox<DemoCitizen> choice, SimulatedHospitalSystem his, ResourceBundle words) {
    choice.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(DemoCitizen citizen) {
            if (citizen == null) {
              return "";
            }
            InsuranceStatus status =
                his.insuranceOf(CitizenId.of(citizen.qrText().split("\\|", 2)[0]));
            return citizen.label() + " — " + words.getString("panel.insurance." + status.name());
          }

          @Override
          public DemoCitizen fromString(String text) {
            return null;
          }
        });
  }
}
