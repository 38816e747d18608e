package vn.tiepdon.ui.cli;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.citizenid.chip.FaceImageDecoder;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.opencv.FaceBenchmark;

/**
 * {@code tiepdon bench face}: milliseconds per face pipeline stage at 640×480 and the process's RSS
 * across the run (a native leak shows as growth).
 */
@Command(
    name = "face",
    mixinStandardHelpOptions = true,
    description = {
      "Face pipeline stages (decode, detect, align, embed, match, liveness) p50/p95 in ms on"
          + " 640x480 frames of the shared photographs, and the process RSS before and after.",
      "The chip photo is dg2/franck_01829_x50.jp2; the probes are the other Franck frames."
    })
final class BenchFaceCommand implements Callable<Integer> {
  private static final List<String> PROBES =
      List.of(
          "franck_02045.jpg",
          "franck_02159.jpg",
          "franck_02221.jpg",
          "franck_02888.jpg",
          "franck_04035.jpg",
          "franck_04117.jpg");

  @Spec CommandSpec spec;

  @Option(
      names = "--iterations",
      defaultValue = "500",
      description = "Verifications (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--liveness-every",
      defaultValue = "10",
      description =
          "Run the liveness models on every n-th verification (default: ${DEFAULT-VALUE}).")
  int livenessEvery;

  @Option(
      names = "--faces",
      paramLabel = "DIR",
      description = "Test photographs (default: ../shared/faces beside the installation).")
  Path faces;

  @Mixin FaceCommand.ModelOptions models;

  @Override
  public Integer call() throws IOException {
    if (iterations < 1 || livenessEvery < 1) {
      throw new BadInputException(
          "--iterations and --liveness-every must be at least 1, were "
              + iterations
              + " and "
              + livenessEvery);
    }
    Path folder = faces != null ? faces : Home.path().resolve("../shared/faces").normalize();
    Path chip = folder.resolve("dg2/franck_01829_x50.jp2");
    if (!Files.isRegularFile(chip)) {
      throw new BadInputException("--faces: " + chip + " not found (the shared test photographs)");
    }
    List<Frame> probes = new ArrayList<>();
    for (String name : PROBES) {
      probes.add(Frame.of(vga(folder.resolve(name))));
    }
    FaceSettings settings = models.settings();
    settings =
        new FaceSettings(
            settings.modelsFolder(),
            settings.embedder(),
            settings.threshold(),
            settings.detectionMaxSide(),
            settings.quality(),
            settings.liveness(),
            true);
    try {
      Map<String, Object> result =
          FaceBenchmark.run(settings, Files.readAllBytes(chip), probes, iterations, livenessEvery);
      Json.print(spec.commandLine().getOut(), result);
      return ExitCodes.OK;
    } catch (vn.tiepdon.citizenid.face.FaceModelException e) {
      throw new BadInputException(e.getMessage(), e);
    } finally {
      probes.forEach(Frame::close);
    }
  }

  /** The photograph scaled to 640×480, the kiosk camera's resolution. */
  private static BufferedImage vga(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("--faces: " + file + " not found");
    }
    BufferedImage source = FaceImageDecoder.decode(Files.readAllBytes(file));
    BufferedImage out = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(source, 0, 0, 640, 480, null);
    g.dispose();
    return out;
  }
}
