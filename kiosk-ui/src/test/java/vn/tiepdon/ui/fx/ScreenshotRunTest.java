package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.flow.CheckInFlow;

/**
 * Renders every screen headless, in Vietnamese and English, portrait and landscape, to {@code
 * target/screenshots/{vi,en}/{portrait,landscape}/<screen>.png} for people to review. The images
 * are not compared pixel by pixel; the test checks that each screen rendered at the panel's size
 * and is not blank.
 */
class ScreenshotRunTest {
  private static final Path OUT = Path.of("target/screenshots");

  /**
   * Half size by default keeps the run to seconds (PNG encoding dominates); {@code
   * -Dtiepdon.screenshots.scale=1} renders the panel's full resolution.
   */
  private static final double SCALE =
      Double.parseDouble(System.getProperty("tiepdon.screenshots.scale", "0.5"));

  @BeforeAll
  static void startJavaFx() {
    FxRuntime.start();
  }

  @Test
  void rendersEveryScreenInBothLanguagesAndOrientations() throws Exception {
    List<String> written = new ArrayList<>();
    List<java.util.concurrent.Future<Path>> writes = new ArrayList<>();
    java.util.concurrent.ExecutorService pngWriter =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    for (Map.Entry<String, UiSettings> orientation : ScreenHarness.orientations().entrySet()) {
      UiSettings ui = orientation.getValue();
      for (Locale locale : List.of(CheckInFlow.VIETNAMESE, CheckInFlow.ENGLISH)) {
        Path folder =
            Files.createDirectories(
                OUT.resolve(locale.getLanguage()).resolve(orientation.getKey()));
        KioskView view = FxRuntime.call(() -> ScreenHarness.view(ui));
        for (ScreenHarness.Sample sample : ScreenHarness.samples()) {
          BufferedImage image =
              FxRuntime.call(
                  () -> {
                    view.show(sample.in(locale));
                    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
                    params.setTransform(javafx.scene.transform.Transform.scale(SCALE, SCALE));
                    view.root().applyCss();
                    view.root().layout();
                    WritableImage shot = view.root().snapshot(params, null);
                    return SwingFXUtils.fromFXImage(shot, null);
                  });
          assertThat(image.getWidth())
              .as(sample.name())
              .isEqualTo((int) Math.round(ui.width() * SCALE));
          assertThat(image.getHeight())
              .as(sample.name())
              .isEqualTo((int) Math.round(ui.height() * SCALE));
          assertThat(distinctColours(image)).as(sample.name() + " is not blank").isGreaterThan(2);
          Path file = folder.resolve(sample.name() + ".png");
          writes.add(
              pngWriter.submit(
                  () -> {
                    writePng(image, file);
                    return file;
                  }));
          written.add(file.toString());
        }
      }
    }
    for (java.util.concurrent.Future<Path> write : writes) {
      assertThat(write.get()).exists();
    }
    pngWriter.shutdown();
    assertThat(written).hasSize(ScreenHarness.samples().size() * 4);
  }

  /** Fast deflate: these files are for review, not for the smallest size. */
  static void writePng(BufferedImage image, Path file) throws java.io.IOException {
    javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.9f);
    Files.deleteIfExists(file);
    try (javax.imageio.stream.ImageOutputStream out =
        ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 37) {
      for (int x = 0; x < image.getWidth(); x += 29) {
        colours.add(image.getRGB(x, y));
        if (colours.size() > 8) {
          return colours.size();
        }
      }
    }
    return colours.size();
  }
}
