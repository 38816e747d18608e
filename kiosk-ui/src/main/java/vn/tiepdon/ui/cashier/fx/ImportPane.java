package vn.tiepdon.ui.cashier.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import vn.tiepdon.ui.cashier.CashierTexts;
import vn.tiepdon.ui.cashier.StatementImport;

/** Picks a statement file and its layout (preset) for import. */
final class ImportPane {
  private final VBox root = new VBox(10);

  ImportPane(CashierTexts texts, BiConsumer<Path, String> run, Runnable cancel) {
    root.setId("import-pane");
    root.setPadding(new Insets(16));
    root.setMaxSize(760, 260);
    root.setStyle("-fx-background-color: white; -fx-border-color: #888;");
    Label title = new Label(texts.get("import.title"));
    title.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
    TextField file = new TextField();
    file.setId("import-file");
    Button browse = new Button(texts.get("button.browse"));
    browse.setId("import-browse");
    browse.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(texts.get("import.title"));
          chooser
              .getExtensionFilters()
              .add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"));
          File chosen = chooser.showOpenDialog(root.getScene().getWindow());
          if (chosen != null) {
            file.setText(chosen.getAbsolutePath());
          }
        });
    HBox fileRow = new HBox(8, file, browse);
    HBox.setHgrow(file, Priority.ALWAYS);
    ChoiceBox<String> preset = new ChoiceBox<>();
    preset.setId("import-preset");
    preset.getItems().setAll(StatementImport.PRESETS);
    preset.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String name) {
            return name == null ? "" : texts.get("import.preset." + name);
          }

          @Override
          public String fromString(String text) {
            return text;
          }
        });
    preset.getSelectionModel().selectFirst();
    Label problem = new Label();
    problem.setId("import-problem");
    problem.setStyle("-fx-text-fill: #a01818;");
    Button ok = new Button(texts.get("button.doImport"));
    ok.setId("import-run");
    ok.setOnAction(
        e -> {
          if (file.getText().isBlank()) {
            problem.setText(texts.get("import.noFile"));
            return;
          }
          run.accept(Path.of(file.getText().strip()), preset.getValue());
        });
    Button back = new Button(texts.get("button.cancel"));
    back.setId("import-cancel");
    back.setOnAction(e -> cancel.run());
    root.getChildren()
        .setAll(
            title,
            new Label(texts.get("import.file")),
            fileRow,
            new Label(texts.get("import.preset")),
            preset,
            problem,
            new HBox(10, ok, back));
  }

  Parent root() {
    return root;
  }
}
