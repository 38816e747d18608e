package vn.tiepdon.ui.cashier.fx;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.tiepdon.ui.cashier.CashierTexts;
import vn.tiepdon.ui.cashier.DeskAssembly;

/** The cashier desk's window on a desk PC. Call on the FX thread. */
public final class CashierWindow {
  private static final double WIDTH = 1400;
  private static final double HEIGHT = 850;

  private CashierWindow() {}

  public static Stage open(DeskAssembly assembly, CashierTexts texts, String cashier) {
    CashierView view = new CashierView(assembly, texts, cashier);
    // Many desk PCs have 1366×768 screens: never open larger than the screen.
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Stage stage = new Stage();
    stage.setTitle(texts.get("window.title", assembly.config().desk().id()));
    stage.setScene(
        new Scene(
            view.root(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight())));
    stage.setOnHidden(e -> view.stop());
    stage.show();
    return stage;
  }
}
