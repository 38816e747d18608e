package vn.tiepdon.ui.remote.fx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import vn.tiepdon.provisioning.command.ScreenCapture;
import vn.tiepdon.provisioning.command.StandardHandlers;

/**
 * {@code SCREENSHOT}: a JavaFX snapshot of the kiosk's scene as PNG. The snapshot is taken on the
 * FX thread (waiting at most {@code timeout}), the PNG encoded off it. It is refused while a
 * patient's session is on screen (name, ID, face: personal data must not leave the kiosk), checked
 * before the snapshot and again once it is taken, so a patient who walks up meanwhile is not sent.
 * A large screen is scaled down until its PNG fits the ack ({@link
 * StandardHandlers#MAX_SCREENSHOT_BYTES}).
 */
public final class FxScreenCapture implements ScreenCapture {
  private static final double[] SCALES = {1.0, 0.5, 0.25};

  private final Supplier<Scene> scene;
  private final BooleanSupplier patientOnScreen;
  private final Duration timeout;

  /**
   * Captures whatever kiosk window is showing, so the composition root (which holds no JavaFX
   * types) can offer screenshots before any window exists; with none showing, the capture is
   * refused.
   */
  public static FxScreenCapture ofShowingWindow(BooleanSupplier patientOnScreen, Duration timeout) {
    return new FxScreenCapture(
        () ->
            javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing)
                .map(javafx.stage.Window::getScene)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null),
        patientOnScreen,
        timeout);
  }

  /**
   * @param scene the kiosk window's scene; null while no window is open
   * @param patientOnScreen true while the flow holds a patient's data
   */
  public FxScreenCapture(Supplier<Scene> scene, BooleanSupplier patientOnScreen, Duration timeout) {
    if (scene == null || patientOnScreen == null) {
      throw new IllegalArgumentException("scene and patientOnScreen are required");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.scene = scene;
    this.patientOnScreen = patientOnScreen;
    this.timeout = timeout;
  }

  /**
   * @throws ScreenRefusedException while a patient is on screen, or when no window is open
   * @throws TimeoutException if the FX thread did not take the snapshot in time
   */
  @Override
  public byte[] png() throws Exception {
    refuseIfPatientOnScreen();
    Scene shown = scene.get();
    if (shown == null || shown.getRoot() == null) {
      throw new ScreenRefusedException("no kiosk window is open");
    }
    byte[] png = null;
    for (double scale : SCALES) {
      WritableImage image = snapshot(shown, scale);
      refuseIfPatientOnScreen();
      png = encode(SwingFXUtils.fromFXImage(image, null));
      if (png.length <= StandardHandlers.MAX_SCREENSHOT_BYTES) {
        return png;
      }
    }
    return png; // still too large: the handler reports it as FAILED with the size
  }

  private void refuseIfPatientOnScreen() throws ScreenRefusedException {
    if (patientOnScreen.getAsBoolean()) {
      throw new ScreenRefusedException(
          "a patient's session is on screen; no screenshot of personal data (try again later)");
    }
  }

  private WritableImage snapshot(Scene shown, double scale)
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture<WritableImage> taken = new CompletableFuture<>();
    Runnable take =
        () -> {
          try {
            if (scale == 1.0) {
              taken.complete(shown.snapshot(null));
            } else {
              SnapshotParameters parameters = new SnapshotParameters();
              parameters.setTransform(Transform.scale(scale, scale));
              taken.complete(shown.getRoot().snapshot(parameters, null));
            }
          } catch (RuntimeException e) {
            taken.completeExceptionally(e);
          }
        };
    if (Platform.isFxApplicationThread()) {
      take.run();
    } else {
      Platform.runLater(take);
    }
    try {
      return taken.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new TimeoutException("the kiosk's UI thread did not take the screenshot in " + timeout);
    }
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    // PNG without alpha: the kiosk's scene is opaque and RGB is smaller.
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = rgb.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(rgb, "png", out)) {
      throw new IOException("no PNG writer in this JDK");
    }
    return out.toByteArray();
  }

  /** The screenshot is not taken, on purpose; the ack says why. */
  public static final class ScreenRefusedException extends Exception {
    public ScreenRefusedException(String message) {
      super(message);
    }
  }
}
