package vn.tiepdon.devices.camera.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.videoio.VideoWriter;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.camera.Frame;

/**
 * The real OpenCV VideoCapture on recorded sources (no webcam exists on build machines): an MJPEG
 * AVI written with VideoWriter and a PNG image sequence. The pictures are drawn, not faces.
 */
class OpenCvCameraTest {
  static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path folder;
  OpenCvCamera camera;
  final List<Frame> frames = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void natives() {
    assertThat(OpenCvNatives.load()).isEmpty();
    assertThat(OpenCvNatives.load()).isEmpty(); // the second call is a no-op
  }

  @AfterEach
  void close() {
    if (camera != null) {
      camera.close();
      assertThat(camera.health().reason()).isEqualTo(HealthReason.CLOSED);
    }
  }

  OpenCvCamera camera(String source, int fps, double minFps, Duration staleAfter) {
    camera =
        new OpenCvCamera(
            new OpenCvCameraConfig(
                DeviceId.of(DeviceKind.CAMERA, "test"),
                new CameraSource(source),
                320,
                240,
                fps,
                minFps,
                staleAfter,
                Duration.ofMillis(100)),
            Clock.systemUTC());
    return camera;
  }

  Path mjpegAvi(int count) {
    Path file = folder.resolve("session.avi");
    VideoWriter writer =
        new VideoWriter(
            file.toString(), VideoWriter.fourcc('M', 'J', 'P', 'G'), 15, new Size(320, 240), true);
    assertThat(writer.isOpened()).as("VideoWriter opens an MJPEG AVI").isTrue();
    Mat mat = new Mat(240, 320, CvType.CV_8UC3);
    for (int i = 0; i < count; i++) {
      mat.setTo(new Scalar(200, 40, 10 + i * 20)); // BGR: mostly blue
      writer.write(mat);
    }
    writer.release();
    mat.release();
    return file;
  }

  Path pngSequence(int count) throws Exception {
    for (int i = 0; i < count; i++) {
      BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 320, 240);
      g.setColor(Color.RED);
      g.fillRect(10, 10, 50, 50);
      g.dispose();
      ImageIO.write(image, "png", folder.resolve(String.format("img_%02d.png", i)).toFile());
    }
    return folder.resolve("img_%02d.png");
  }

  @Test
  void playsAnMjpegFileAsFramesWithoutOpenCvTypes() {
    camera(mjpegAvi(10).toString(), 30, 1, Duration.ofSeconds(2)).start(frames::add);

    // More frames than the file holds: it is played in a loop like a camera that never stops.
    await().atMost(WAIT).until(() -> frames.size() >= 15);
    Frame frame = frames.get(0);
    assertThat(frame.image().getWidth()).isEqualTo(320);
    assertThat(frame.image().getHeight()).isEqualTo(240);
    Color pixel = new Color(frame.image().getRGB(160, 120));
    assertThat(pixel.getBlue()).isBetween(185, 215); // JPEG is lossy
    assertThat(pixel.getGreen()).isBetween(25, 55);
    assertThat(frames).extracting(Frame::sequence).startsWith(1L, 2L, 3L);
    await().atMost(WAIT).until(() -> camera.health().state() == HealthState.UP);
    assertThat(camera.fps()).isPositive();
    assertThat(camera.lastFrameAge()).isPresent();
    assertThat(camera.resolution()).isEqualTo("320x240");
    assertThat(camera.selfTest().passed()).isTrue();
  }

  @Test
  void standbyReleasesTheDeviceAndResumeOpensItAgain() {
    camera(mjpegAvi(10).toString(), 30, 1, Duration.ofSeconds(2)).start(frames::add);
    await().atMost(WAIT).until(() -> camera.health().state() == HealthState.UP);

    camera.standby();
    await().atMost(WAIT).until(() -> !camera.deviceOpen());
    int inStandby = frames.size();
    assertThat(camera.inStandby()).isTrue();
    assertThat(camera.health().reason()).isEqualTo(HealthReason.STANDBY);
    assertThat(camera.checkHealth().reason()).isEqualTo(HealthReason.STANDBY);

    camera.resume();
    await().atMost(WAIT).until(() -> frames.size() >= inStandby + 5);
    await().atMost(WAIT).until(() -> camera.health().state() == HealthState.UP);
    assertThat(camera.deviceOpen()).isTrue();
    assertThat(camera.inStandby()).isFalse();
  }

  @Test
  void aCameraStartedInStandbyOpensNothingUntilResumed() {
    camera(mjpegAvi(5).toString(), 30, 1, Duration.ofSeconds(2));
    camera.standby();
    camera.start(frames::add);

    assertThat(camera.health().reason()).isEqualTo(HealthReason.STANDBY);
    assertThat(camera.deviceOpen()).isFalse();
    camera.resume();
    await().atMost(WAIT).until(() -> frames.size() >= 3);
    await().atMost(WAIT).until(() -> camera.health().state() == HealthState.UP);
  }

  @Test
  void playsAnImageSequencePatternWithExactColours() throws Exception {
    camera(pngSequence(3).toString(), 30, 1, Duration.ofSeconds(2)).start(frames::add);

    await().atMost(WAIT).until(() -> frames.size() >= 4);
    BufferedImage image = frames.get(0).image();
    assertThat(new Color(image.getRGB(20, 20))).isEqualTo(Color.RED);
    assertThat(new Color(image.getRGB(200, 200))).isEqualTo(Color.WHITE);
    // Each frame is its own image: changing one leaves the next untouched.
    image.setRGB(20, 20, 0);
    assertThat(new Color(frames.get(1).image().getRGB(20, 20))).isEqualTo(Color.RED);
  }

  @Test
  void aMissingDeviceIsDownWithTheReasonAndNoCrash() {
    camera("/dev/video97", 15, 5, Duration.ofSeconds(2)).start(frames::add);

    await().atMost(WAIT).until(() -> camera.health().reason() == HealthReason.PORT_NOT_FOUND);
    assertThat(camera.health().detail()).isEqualTo("/dev/video97 does not exist");
    assertThat(camera.selfTest().passed()).isFalse();
    assertThat(frames).isEmpty();
  }

  @Test
  void somethingThatIsNotVideoCannotBeOpened() throws Exception {
    Path notVideo = Files.writeString(folder.resolve("notes.avi"), "not a video at all");
    camera(notVideo.toString(), 15, 5, Duration.ofSeconds(2)).start(frames::add);

    await().atMost(WAIT).until(() -> camera.health().reason() == HealthReason.PORT_OPEN_FAILED);
    assertThat(camera.health().detail()).contains("notes.avi");
  }

  @Test
  void aStalledCameraIsDownNoFramesAndRecovers() throws Exception {
    CountDownLatch stall = new CountDownLatch(1);
    camera(mjpegAvi(5).toString(), 30, 1, Duration.ofMillis(300))
        .start(
            frame -> {
              frames.add(frame);
              if (frames.size() == 3) {
                try {
                  stall.await(); // the read thread hangs, as a wedged USB camera's does
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });

    await().atMost(WAIT).until(() -> camera.health().reason() == HealthReason.NO_FRAMES);
    assertThat(camera.selfTest().passed()).isFalse();
    stall.countDown();
    await().atMost(WAIT).until(() -> camera.health().state() == HealthState.UP);
  }

  @Test
  void framesSlowerThanTheMinimumRateAreDegraded() {
    camera(mjpegAvi(5).toString(), 30, 10, Duration.ofSeconds(2))
        .start(
            frame -> {
              frames.add(frame);
              try {
                Thread.sleep(250); // a consumer (or camera) managing 4 fps at most
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    await().atMost(WAIT).until(() -> camera.health().reason() == HealthReason.SLOW_FRAMES);
    assertThat(camera.health().state()).isEqualTo(HealthState.DEGRADED);
    assertThat(camera.selfTest().passed()).isTrue();
  }

  @Test
  void aSourceThatGoesAwayIsDownAndPlaysAgainWhenItComesBack() throws Exception {
    Path avi = mjpegAvi(3);
    Path aside = folder.resolve("aside.avi");
    camera(avi.toString(), 30, 1, Duration.ofSeconds(2)).start(frames::add);
    await().atMost(WAIT).until(() -> camera.health().state() == HealthState.UP);

    // The recording is taken away: at its end the camera cannot reopen it.
    Files.move(avi, aside);
    await().atMost(WAIT).until(() -> camera.health().reason() == HealthReason.PORT_NOT_FOUND);
    int seen = frames.size();

    Files.move(aside, avi);
    await().atMost(WAIT).until(() -> camera.health().state() == HealthState.UP);
    await().atMost(WAIT).until(() -> frames.size() > seen);
  }
}
