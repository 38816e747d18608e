package vn.tiepdon.devices.camera.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing on a made-up sysfs and /dev: a webcam with a picture and a metadata node. */
class V4l2CamerasTest {
  @TempDir Path root;

  @Test
  void listsNodesWithNameIndexAndByIdLinks() throws Exception {
    Path sys = Files.createDirectories(root.resolve("sys"));
    Path dev = Files.createDirectories(root.resolve("dev"));
    for (int i = 0; i < 2; i++) {
      Path entry = Files.createDirectories(sys.resolve("video" + i));
      Files.writeString(entry.resolve("name"), "HD Pro Webcam C920\n");
      Files.writeString(entry.resolve("index"), i + "\n");
      Files.createFile(dev.resolve("video" + i));
    }
    Path byId = Files.createDirectories(dev.resolve("v4l/by-id"));
    Files.createSymbolicLink(
        byId.resolve("usb-046d_HD_Pro_Webcam_C920-video-index0"), Path.of("../../video0"));

    var cameras = V4l2Cameras.list(sys, dev);

    assertThat(cameras).hasSize(2);
    assertThat(cameras.get(0).path()).isEqualTo(dev.resolve("video0").toString());
    assertThat(cameras.get(0).name()).isEqualTo("HD Pro Webcam C920");
    assertThat(cameras.get(0).index()).isZero();
    assertThat(cameras.get(0).byId())
        .containsExactly(byId.resolve("usb-046d_HD_Pro_Webcam_C920-video-index0").toString());
    assertThat(cameras.get(1).index()).isEqualTo(1);
    assertThat(cameras.get(1).byId()).isEmpty();
  }

  @Test
  void noVideoSubsystemIsAnEmptyList() {
    assertThat(V4l2Cameras.list(root.resolve("nothing"), root)).isEmpty();
  }
}
