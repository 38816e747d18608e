package vn.tiepdon.ui.fx;

import java.time.Clock;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.tiepdon.payment.vietqr.QrRenderer;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.i18n.Texts;

/** Opens the kiosk's window: full screen on the kiosk's panel, or a scaled window for the demo. */
public final class KioskWindow {
  private KioskWindow() {}

  /** Builds the kiosk's view for a flow; the caller puts it in a window or a test stage. */
  public static KioskView view(KioskAssembly kiosk, Clock clock) {
    QrRenderer renderer = new QrRenderer();
    UiSettings ui = kiosk.config().ui();
    KioskView view =
        new KioskView(
            kiosk.flow(),
            new FlowCommands(kiosk.flow()),
            (payload, pixels) -> SwingFXUtils.toFXImage(renderer.render(payload, pixels), null),
            kiosk.config().site().name().vi(),
            kiosk.config().site().name().en(),
            ui,
            clock,
            java.util.Optional.of(kiosk.staff()));
    kiosk.facePreview(view::showCameraFrame);
    view.showNotices(kiosk.notices(), clock);
    return view;
  }

  /** Call on the JavaFX thread. */
  public static Stage open(KioskAssembly kiosk, boolean fullscreen, Clock clock) {
    UiSettings ui = kiosk.config().ui();
    KioskView view = view(kiosk, clock);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double scale =
        fullscreen
            ? 1
            : Math.min(
                1,
                Math.min(
                    screen.getHeight() * 0.92 / ui.height(), screen.getWidth() * 0.6 / ui.width()));
    Stage stage = new Stage();
    stage.setTitle(Texts.of(java.util.Locale.forLanguageTag("vi")).get("app.title"));
    stage.setScene(new Scene(view.root(), ui.width() * scale, ui.height() * scale));
    stage.setFullScreen(fullscreen || ui.fullscreen());
    stage.setFullScreenExitHint("");
    stage.setX(screen.getMinX() + 16);
    stage.setY(screen.getMinY() + 16);
    stage.show();
    return stage;
  }
}
