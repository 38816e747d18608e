package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.face.FaceModelException;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.sim.ImageSet;
import vn.tiepdon.devices.sim.SimulatedCamera;
import vn.tiepdon.ui.config.FaceCheckSettings;
import vn.tiepdon.ui.config.MissingFaceModels;
import vn.tiepdon.ui.flow.FaceCheck;

/** The face step on a kiosk whose models folder is empty. */
class FaceStepTest {
  @TempDir Path home;
  private final SimulatedCamera camera =
      new SimulatedCamera(
          DeviceId.of(DeviceKind.CAMERA, "test"),
          new ImageSet(Path.of("."), "*.png", List.of()),
          15,
          5,
          Duration.ofSeconds(2),
          Clock.systemUTC());

  @AfterEach
  void close() {
    camera.close();
  }

  @Test
  void aHospitalKioskWithoutModelsDoesNotStartAndSaysWhichFile() {
    List<AutoCloseable> opened = new ArrayList<>();
    assertThatThrownBy(
            () ->
                FaceStep.open(
                    new FaceCheckSettings("no-models", null, true, null, null),
                    home,
                    camera,
                    Clock.systemUTC(),
                    opened::add))
        .isInstanceOf(FaceModelException.class)
        .hasMessageContaining(home.resolve("no-models").toString());
    assertThat(opened).isEmpty();
  }

  @Test
  void theDemoWithoutModelsStartsAndItsFaceStepNeverMatches() {
    FaceStep step =
        FaceStep.open(
            new FaceCheckSettings("no-models", null, true, null, MissingFaceModels.CALL_STAFF),
            home,
            camera,
            Clock.systemUTC(),
            c -> {});
    assertThat(step.missingModels()).contains(home.resolve("no-models"));
    assertThat(step.check().verify(new java.awt.image.BufferedImage(8, 8, 1), p -> {}))
        .isInstanceOf(FaceCheck.Unavailable.class);
  }
}
