package vn.tiepdon.ui.fleet.fx;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.tiepdon.provisioning.fleet.CommandHistory;
import vn.tiepdon.provisioning.fleet.FleetCommands;
import vn.tiepdon.provisioning.fleet.FleetTable;
import vn.tiepdon.ui.fleet.FleetTexts;

/** The fleet console's window on a desk PC. Call on the FX thread. */
public final class FleetWindow {
  private FleetWindow() {}

  public static Stage open(
      FleetTable table,
      Optional<FleetCommands> commands,
      CommandHistory history,
      FleetTexts texts) {
    FleetConsoleView view = new FleetConsoleView(table, commands, history, texts);
    Stage stage = new Stage();
    stage.setTitle(texts.get("window.title"));
    stage.setScene(new Scene(view.root(), 1400, 800));
    stage.setOnHidden(e -> view.stop());
    stage.show();
    return stage;
  }
}
