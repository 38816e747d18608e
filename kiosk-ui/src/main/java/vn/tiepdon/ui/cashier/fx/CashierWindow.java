package vn.tiepdon.ui.cashier.fx;

import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.tiepdon.ui.cashier.CashierTexts;
import vn.tiepdon.ui.cashier.DeskAssembly;

/** The cashier desk's window on a desk PC. Call on the FX thread. */
public final class CashierWindow {
  private CashierWindow() {}

  public static Stage open(DeskAssembly assembly, CashierTexts texts, String cashier) {
    CashierView view = new CashierView(assembly, texts, cashier);
    Stage stage = new Stage();
    stage.setTitle(texts.get("window.title", assembly.config().desk().id()));
    stage.setScene(new Scene(view.root(), 1400, 850));
    stage.setOnHidden(e -> view.stop());
    stage.show();
    return stage;
  }
}
