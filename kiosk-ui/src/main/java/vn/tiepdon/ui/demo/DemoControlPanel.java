package vn.tiepdon.ui.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tiepdon.devices.gpio.pi4j.MockGpioControls;
import vn.tiepdon.devices.setup.DeviceSet;
import vn.tiepdon.devices.sim.SimulatedCamera;
import vn.tiepdon.devices.sim.SimulatedScanner;
import vn.tiepdon.devices.sim.SimulatedTicketPrinter;

/**
 * The demo's simulator panel: it drives the simulated devices the way a patient and a bad day would
 * (scans, a card on the reader, paper out, a pulled cable) and shows what the kiosk publishes over
 * MQTT.
 */
public final class DemoControlPanel {
  private static final String NOT_A_CCCD = "https://example.invalid/menu?table=12";
  private static final int LIVE_LINES = 200;

  private final ResourceBundle words;
  private final ListView<String> live = new ListView<>();
  private final ImageView lastTicket = new ImageView();
  private final Label paymentStatus = new Label();
  private final ScrollPane root;
  private final VBox sections = new VBox(8);

  /**
   * @param payNow transfers the amount of the payment on screen, returning false when none is shown
   */
  public DemoControlPanel(
      DeviceSet<Object> devices,
      List<DemoCitizen> citizens,
      DemoFaces faces,
      BooleanSupplier payNow,
      Optional<vn.tiepdon.ui.app.SimulatedHospitalSystem> hospital,
      Locale locale) {
    this.words =
        ResourceBundle.getBundle(
            "vn.tiepdon.ui.i18n.demo",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    sections.getChildren().add(citizens(devices, citizens, hospital));
    devices.simulatedScanner().ifPresent(s -> sections.getChildren().add(scanner(s)));
    devices.simulatedPrinter().ifPresent(p -> sections.getChildren().add(printer(p)));
    sections.getChildren().add(faces(devices.simulatedCamera(), faces));
    hospital.ifPresent(h -> sections.getChildren().add(hospital(h)));
    sections.getChildren().add(payment(payNow));
    sections.getChildren().add(section(words.getString("panel.live"), live));
    live.setId("live-health");
    live.setPrefHeight(260);
    sections.setPadding(new Insets(8));
    ScrollPane scroll = new ScrollPane(sections);
    scroll.setFitToWidth(true);
    root = scroll;
  }

  public Parent root() {
    return root;
  }

  public String title() {
    return words.getString("panel.title");
  }

  /** Shows one line of what arrived over MQTT; safe from any thread. */
  public void showLive(String line) {
    Platform.runLater(
        () -> {
          live.getItems().add(0, line);
          if (live.getItems().size() > LIVE_LINES) {
            live.getItems().remove(LIVE_LINES, live.getItems().size());
          }
        });
  }

  /** Shows the last ticket the simulated printer wrote; safe from any thread. */
  public void showTicket(Path png) {
    Platform.runLater(
        () -> {
          try (InputStream in = Files.newInputStream(png)) {
            lastTicket.setImage(new Image(in));
          } catch (IOException e) {
            lastTicket.setImage(null);
          }
        });
  }

  private TitledPane citizens(
      DeviceSet<Object> devices,
      List<DemoCitizen> citizens,
      java.util.Optional<vn.tiepdon.ui.app.SimulatedHospitalSystem> hospital) {
    ComboBox<DemoCitizen> choice = new ComboBox<>();
    choice.setId("citizen");
    choice.getItems().setAll(citizens);
    hospital.ifPresent(his -> DemoInsuranceControls.labelCitizens(choice, his, words));
    choice.getSelectionModel().selectFirst();
    Button scan = button(words.getString("panel.scan"), "scan-citizen");
    scan.setOnAction(
        e ->
            devices
                .simulatedScanner()
                .ifPresent(s -> s.scan(choice.getSelectionModel().getSelectedItem().qrText())));
    Button place = button(words.getString("panel.placeCard"), "place-card");
    place.setOnAction(
        e ->
            devices
                .simulatedCardReader()
                .ifPresent(
                    r ->
                        r.place(choice.getSelectionModel().getSelectedItem().genuineChip().get())));
    Button forged = button(words.getString("panel.placeForged"), "place-forged-card");
    forged.setOnAction(
        e ->
            devices
                .simulatedCardReader()
                .ifPresent(
                    r -> r.place(choice.getSelectionModel().getSelectedItem().forgedChip().get())));
    Button remove = button(words.getString("panel.removeCard"), "remove-card");
    remove.setOnAction(e -> devices.simulatedCardReader().ifPresent(r -> r.remove()));
    Button notCccd = button(words.getString("panel.notCccd"), "scan-not-cccd");
    notCccd.setOnAction(e -> devices.simulatedScanner().ifPresent(s -> s.scan(NOT_A_CCCD)));
    Button garbage = button(words.getString("panel.garbage"), "scan-garbage");
    garbage.setOnAction(e -> devices.simulatedScanner().ifPresent(s -> s.garbage(24)));
    HBox.setHgrow(choice, Priority.ALWAYS);
    // A citizen's label (with the BHYT outcome) is long: the list narrows, the scan button does not
    // shrink to "...".
    choice.setPrefWidth(320);
    choice.setMaxWidth(Double.MAX_VALUE);
    scan.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return section(
        words.getString("panel.citizens"),
        new VBox(
            6,
            new HBox(6, choice, scan),
            new FlowPane(6, 6, place, forged, remove, notCccd, garbage)));
  }

  private TitledPane scanner(SimulatedScanner scanner) {
    ToggleButton unplug = new ToggleButton(words.getString("panel.unplug"));
    unplug.setId("unplug-scanner");
    unplug
        .selectedProperty()
        .addListener(
            (obs, was, pulled) -> {
              if (pulled) {
                scanner.unplug();
              } else {
                scanner.plugIn();
              }
            });
    return section(words.getString("panel.scanner"), new HBox(6, unplug));
  }

  private TitledPane printer(SimulatedTicketPrinter printer) {
    CheckBox paperOut = new CheckBox(words.getString("panel.paperOut"));
    paperOut.setId("paper-out");
    paperOut.selectedProperty().addListener((obs, was, on) -> printer.paperOut(on));
    CheckBox nearEnd = new CheckBox(words.getString("panel.nearEnd"));
    nearEnd.selectedProperty().addListener((obs, was, on) -> printer.nearEnd(on));
    CheckBox cover = new CheckBox(words.getString("panel.coverOpen"));
    cover.selectedProperty().addListener((obs, was, on) -> printer.coverOpen(on));
    lastTicket.setFitWidth(180);
    lastTicket.setPreserveRatio(true);
    lastTicket.setId("last-ticket");
    return section(
        words.getString("panel.printer"),
        new VBox(
            6,
            new HBox(12, paperOut, nearEnd, cover),
            new Label(words.getString("panel.lastTicket")),
            lastTicket));
  }

  /**
   * The camera and the chip photo: choosing who the camera plays also puts that person's photo on
   * the next card; choosing another chip photo afterwards stages somebody else in front of the
   * camera (a mismatch the kiosk must refuse).
   */
  private TitledPane faces(Optional<SimulatedCamera> camera, DemoFaces faces) {
    VBox content = new VBox(6);
    faces
        .missingModels()
        .ifPresent(
            folder -> {
              Label missing =
                  new Label(
                      MessageFormat.format(words.getString("panel.faceModelsMissing"), folder));
              missing.setId("face-models-missing");
              missing.setWrapText(true);
              missing.setStyle("-fx-text-fill: #b00020;");
              content.getChildren().add(missing);
            });
    ComboBox<DemoImageSet> chipSet = new ComboBox<>();
    chipSet.setId("chip-photo-set");
    chipSet.getItems().setAll(faces.sets());
    Label mismatch = new Label(words.getString("panel.mismatch"));
    mismatch.setId("face-mismatch");
    mismatch.setWrapText(true);
    ComboBox<DemoImageSet> cameraSet = new ComboBox<>();
    cameraSet.setId("camera-set");
    cameraSet.getItems().setAll(faces.sets());
    Runnable showMismatch =
        () ->
            mismatch.setVisible(
                camera.isPresent()
                    && cameraSet.getValue() != null
                    && !cameraSet.getValue().equals(chipSet.getValue()));
    chipSet.setOnAction(
        e -> {
          DemoImageSet set = chipSet.getValue();
          if (set != null) {
            faces.chipPhoto().takeFrom(set.label(), set.load());
          }
          showMismatch.run();
        });
    if (camera.isPresent()) {
      cameraSet.setOnAction(
          e -> {
            DemoImageSet set = cameraSet.getValue();
            if (set != null) {
              camera.get().useImageSet(set.load());
              chipSet.setValue(set);
            }
            showMismatch.run();
          });
      content
          .getChildren()
          .add(new HBox(6, new Label(words.getString("panel.cameraSet")), cameraSet));
    } else {
      content.getChildren().add(new Label(words.getString("panel.webcam")));
    }
    content
        .getChildren()
        .addAll(new HBox(6, new Label(words.getString("panel.chipPhoto")), chipSet));
    content.getChildren().add(mismatch);
    faces
        .initial()
        .ifPresent(
            set -> {
              // Before the panel is shown a value set here need not fire the boxes' actions.
              camera.ifPresent(c -> c.useImageSet(set.load()));
              faces.chipPhoto().takeFrom(set.label(), set.load());
              cameraSet.setValue(set);
              chipSet.setValue(set);
            });
    showMismatch.run();
    return section(words.getString("panel.camera"), content);
  }

  private TitledPane payment(BooleanSupplier payNow) {
    Button pay = button(words.getString("panel.pay"), "pay-now");
    paymentStatus.setId("payment-status");
    pay.setOnAction(
        e ->
            paymentStatus.setText(
                payNow.getAsBoolean() ? "✓" : words.getString("panel.noPayment")));
    return section(words.getString("panel.payment"), new HBox(8, pay, paymentStatus));
  }

  /**
   * Adds the GPIO simulator: someone walking up to the presence sensor (it wakes a sleeping kiosk)
   * and the staff-call button, driven on Pi4J's mock pins at their electrical level.
   */
  public void addGpio(MockGpioControls pins) {
    ToggleButton presence = new ToggleButton(words.getString("panel.presence"));
    presence.setId("presence");
    presence
        .selectedProperty()
        .addListener(
            (obs, was, there) -> {
              if (there) {
                pins.personArrives();
              } else {
                pins.personLeaves();
              }
            });
    Button staffCall = button(words.getString("panel.staffButton"), "press-staff-call");
    staffCall.setOnAction(
        e -> {
          pins.pressStaffCall();
          pins.releaseStaffCall();
        });
    // Above the live health lines, which stay last.
    sections
        .getChildren()
        .add(
            sections.getChildren().size() - 1,
            section(words.getString("panel.gpio"), new HBox(8, presence, staffCall)));
  }

  private static Button button(String text, String id) {
    Button button = new Button(text);
    button.setId(id);
    return button;
  }

  private TitledPane hospital(vn.tiepdon.ui.app.SimulatedHospitalSystem his) {
    CheckBox down = new CheckBox(words.getString("panel.hisDown"));
    down.setId("his-down");
    down.selectedProperty().addListener((obs, was, on) -> his.down(on));
    return section(
        words.getString("panel.his"), new VBox(6, down, DemoInsuranceControls.of(his, words)));
  }

  private static TitledPane section(String title, javafx.scene.Node content) {
    TitledPane pane = new TitledPane(title, content);
    pane.setCollapsible(false);
    return pane;
  }
}
