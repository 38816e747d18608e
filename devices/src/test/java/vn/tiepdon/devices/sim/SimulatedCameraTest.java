package vn.tiepdon.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.MutableClock;
import vn.tiepdon.devices.camera.Frame;

class SimulatedCameraTest {
  private static final Color[] COLORS = {Color.RED, Color.GREEN, Color.BLUE};

  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  private final List<Frame> frames = new CopyOnWriteArrayList<>();
  @TempDir Path folder;

  /** Plain coloured test cards (no faces), written by the test itself. */
  @BeforeEach
  void writeTestCards() throws IOException {
    for (int i = 0; i < COLORS.length; i++) {
      BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = image.createGraphics();
      g.setColor(COLORS[i]);
      g.fillRect(0, 0, 64, 48);
      g.dispose();
      ImageIO.write(image, "png", folder.resolve("card_" + i + ".png").toFile());
    }
    Files.writeString(folder.resolve("notes.txt"), "not an image");
  }

  private SimulatedCamera camera(String glob) {
    return new SimulatedCamera(
        DeviceId.of(DeviceKind.CAMERA, "sim"),
        ImageSet.load(folder, glob),
        10,
        5,
        Duration.ofSeconds(2),
        clock);
  }

  @Test
  void playsTheImageSetInFileOrderAndLoops() {
    SimulatedCamera camera = camera("*");
    camera.connect(frames::add);
    for (int i = 0; i < 4; i++) {
      camera.nextFrame();
      clock.advance(Duration.ofMillis(100));
    }

    assertThat(frames)
        .extracting(f -> new Color(f.image().getRGB(1, 1)))
        .containsExactly(Color.RED, Color.GREEN, Color.BLUE, Color.RED);
    assertThat(frames).extracting(Frame::sequence).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void eachFrameIsTheReceiversOwnCopy() {
    SimulatedCamera camera = camera("card_0.png");
    camera.connect(frames::add);
    camera.nextFrame();
    frames.get(0).image().setRGB(1, 1, Color.BLACK.getRGB());
    camera.nextFrame();

    assertThat(new Color(frames.get(1).image().getRGB(1, 1))).isEqualTo(Color.RED);
  }

  @Test
  void measuresFpsAndFrameAgeFromTheClock() {
    SimulatedCamera camera = camera("*.png");
    camera.connect(frames::add);
    assertThat(camera.lastFrameAge()).isEmpty();
    for (int i = 0; i < 5; i++) {
      camera.nextFrame();
      clock.advance(Duration.ofMillis(100));
    }

    assertThat(camera.fps()).isEqualTo(10.0);
    assertThat(camera.lastFrameAge()).contains(Duration.ofMillis(100));
    assertThat(camera.health().state()).isEqualTo(HealthState.UP);
  }

  @Test
  void slowFramesDegradeAndStaleFramesGoDown() {
    SimulatedCamera camera = camera("*.png");
    camera.connect(frames::add);
    for (int i = 0; i < 3; i++) {
      camera.nextFrame();
      clock.advance(Duration.ofMillis(500));
    }
    assertThat(camera.health().reason()).isEqualTo(HealthReason.SLOW_FRAMES);
    assertThat(camera.health().state()).isEqualTo(HealthState.DEGRADED);

    camera.freeze(true);
    assertThat(camera.nextFrame()).isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(camera.checkHealth().reason()).isEqualTo(HealthReason.NO_FRAMES);

    camera.freeze(false);
    camera.fps(10);
    camera.nextFrame();
    clock.advance(Duration.ofMillis(100));
    camera.nextFrame();
    assertThat(camera.health().state()).isEqualTo(HealthState.UP);
  }

  @Test
  void unplugAndEmptyImageSetsAreDown() {
    SimulatedCamera camera = camera("*.png");
    camera.connect(frames::add);
    camera.unplug();
    assertThat(camera.health().reason()).isEqualTo(HealthReason.UNPLUGGED);
    assertThat(camera.nextFrame()).isFalse();
    camera.plugIn();

    camera.useImageSet(ImageSet.load(folder, "*.jpg"));
    assertThat(camera.health().reason()).isEqualTo(HealthReason.NO_IMAGES);
    assertThat(camera.selfTest().passed()).isFalse();

    camera.useImageSet(ImageSet.load(folder, "card_2.png"));
    camera.nextFrame();
    assertThat(new Color(frames.get(0).image().getRGB(1, 1))).isEqualTo(Color.BLUE);
    assertThat(camera.selfTest().passed()).isTrue();
  }

  @Test
  void standbyStopsTheFramesAndResumeBringsThemBack() {
    SimulatedCamera camera = camera("*.png");
    camera.connect(frames::add);
    assertThat(camera.nextFrame()).isTrue();
    assertThat(camera.checkHealth().state()).isEqualTo(HealthState.UP);

    camera.standby();
    clock.advance(Duration.ofSeconds(30)); // long past staleAfter: still no fault
    assertThat(camera.nextFrame()).isFalse();
    assertThat(camera.inStandby()).isTrue();
    assertThat(camera.checkHealth().reason()).isEqualTo(HealthReason.STANDBY);
    assertThat(frames).hasSize(1);

    camera.resume();
    assertThat(camera.health().state()).isEqualTo(HealthState.UP);
    assertThat(camera.nextFrame()).isTrue();
    assertThat(frames).hasSize(2);
    assertThat(camera.inStandby()).isFalse();
  }

  @Test
  void aFaultOutranksStandbyAndAnUnstartedCameraKeepsItsHealth() {
    SimulatedCamera camera = camera("*.png");
    camera.standby();
    assertThat(camera.health().reason()).isEqualTo(HealthReason.NOT_STARTED);

    camera.connect(frames::add);
    assertThat(camera.health().reason()).isEqualTo(HealthReason.STANDBY);
    camera.unplug();
    assertThat(camera.health().reason()).isEqualTo(HealthReason.UNPLUGGED);
  }

  @Test
  void playsOnItsOwnTimerWhenStarted() {
    SimulatedCamera camera = camera("*.png");
    camera.start(frames::add);
    await().atMost(Duration.ofSeconds(10)).until(() -> frames.size() >= 3);
    camera.close();
    int after = frames.size();

    assertThat(camera.health().reason()).isEqualTo(HealthReason.CLOSED);
    assertThat(camera.nextFrame()).isFalse();
    assertThat(frames).hasSize(after);
  }

  @Test
  void imageSetsAreCheckedWhenLoaded() {
    assertThat(ImageSet.load(folder, "*").size()).isEqualTo(3);
    assertThatThrownBy(() -> ImageSet.load(folder.resolve("missing"), "*"))
        .hasMessage("image folder does not exist: " + folder.resolve("missing"));
    assertThatThrownBy(() -> ImageSet.load(folder, "[unclosed"))
        .hasMessage("image glob is not valid: '[unclosed'");
    assertThatThrownBy(() -> camera("*").fps(0)).hasMessage("fps must be 1..120, was 0");
  }

  /** The demo's image set: real photographs, only read (see /work/shared/faces/README.md). */
  @Test
  void playsTheSharedFaceImages() {
    Path faces = Path.of(System.getProperty("tiepdon.faces", "../../shared/faces"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(faces), "no face images at " + faces + " (-Dtiepdon.faces=FOLDER)");
    ImageSet franck = ImageSet.load(faces, "franck_*.jpg");
    SimulatedCamera camera =
        new SimulatedCamera(
            DeviceId.of(DeviceKind.CAMERA, "sim"), franck, 15, 5, Duration.ofSeconds(2), clock);
    camera.connect(frames::add);
    for (int i = 0; i < franck.size(); i++) {
      camera.nextFrame();
    }

    assertThat(franck.size()).isEqualTo(11);
    assertThat(frames).allSatisfy(f -> assertThat(f.image().getWidth()).isEqualTo(720));
    assertThat(frames).allSatisfy(f -> assertThat(f.image().getHeight()).isEqualTo(576));
  }

  @Test
  void framesPrintOnlyTheirSize() {
    SimulatedCamera camera = camera("*.png");
    camera.connect(frames::add);
    camera.nextFrame();
    assertThat(frames.get(0)).hasToString("Frame[#1 64x48 at 2026-11-22T08:00:00Z]");
  }
}
