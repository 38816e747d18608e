package vn.tiepdon.ui.remote.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.provisioning.command.StandardHandlers;

@ExtendWith(ApplicationExtension.class)
class FxScreenCaptureTest {
  private final AtomicBoolean patient = new AtomicBoolean();
  private Scene scene;

  @Start
  void start(Stage stage) {
    StackPane root = new StackPane(new Label("Chào mừng bạn"));
    root.setBackground(new Background(new BackgroundFill(Color.rgb(0, 102, 204), null, null)));
    scene = new Scene(root, 540, 960);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void theSceneBecomesAPngOfItsSize() throws Exception {
    FxScreenCapture capture =
        new FxScreenCapture(() -> scene, patient::get, Duration.ofSeconds(10));

    byte[] png = capture.png();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(540);
    assertThat(image.getHeight()).isEqualTo(960);
    assertThat(image.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x0066CC);
    assertThat(png.length).isLessThanOrEqualTo(StandardHandlers.MAX_SCREENSHOT_BYTES);
  }

  @Test
  void aScreenTooDetailedForTheAckIsScaledDownUntilItFits() throws Exception {
    Scene busy = WaitForAsyncUtils.asyncFx(FxScreenCaptureTest::noisyKioskScene).get();
    FxScreenCapture capture = new FxScreenCapture(() -> busy, patient::get, Duration.ofSeconds(30));

    byte[] png = capture.png();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(png.length).isLessThanOrEqualTo(StandardHandlers.MAX_SCREENSHOT_BYTES);
    assertThat(image.getWidth()).isLessThan(1080);
    assertThat(image.getHeight() * 1080).isEqualTo(image.getWidth() * 1920);
  }

  /** A portrait 1080×1920 scene of coarse grey noise: its full-size PNG is over the ack's limit. */
  private static Scene noisyKioskScene() {
    WritableImage noise = new WritableImage(1080, 1920);
    Random random = new Random(7);
    for (int y = 0; y < 1920; y += 2) {
      for (int x = 0; x < 1080; x += 2) {
        Color grey = Color.gray(random.nextInt(8) / 7.0);
        for (int dy = 0; dy < 2; dy++) {
          for (int dx = 0; dx < 2; dx++) {
            noise.getPixelWriter().setColor(x + dx, y + dy, grey);
          }
        }
      }
    }
    return new Scene(new StackPane(new ImageView(noise)), 1080, 1920);
  }

  @Test
  void refusedWhileAPatientIsOnScreen() {
    patient.set(true);
    FxScreenCapture capture =
        new FxScreenCapture(() -> scene, patient::get, Duration.ofSeconds(10));

    assertThatThrownBy(capture::png)
        .isInstanceOf(FxScreenCapture.ScreenRefusedException.class)
        .hasMessageContaining("patient's session is on screen");
  }

  @Test
  void refusedWithoutAWindow() {
    FxScreenCapture capture = new FxScreenCapture(() -> null, () -> false, Duration.ofSeconds(10));
    assertThatThrownBy(capture::png)
        .isInstanceOf(FxScreenCapture.ScreenRefusedException.class)
        .hasMessageContaining("no kiosk window");
  }
}
