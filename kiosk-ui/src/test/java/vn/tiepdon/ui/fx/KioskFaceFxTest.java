package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.devices.sim.ImageSet;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The face step on the real kiosk: the chip carries a real test photograph (a DG2-like token of
 * "Franck", shared/faces), the simulated camera plays real frames, OpenCV decides. Somebody else in
 * front of the camera is refused with the tries left; the card holder then passes.
 */
@ExtendWith(ApplicationExtension.class)
class KioskFaceFxTest {
  private static final String QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";
  private static final Path FACES = Path.of("../../shared/faces").toAbsolutePath().normalize();

  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private KioskAssembly kiosk;
  private TestIssuer issuer;

  @Start
  void start(Stage stage) {
    assumeTrue(Files.isDirectory(FACES), "shared/faces is not beside the checkout");
    issuer = TestIssuer.generate("TiepDon test CSCA", clock);
    kiosk =
        KioskAssembly.start(
            KioskTestConfig.withFaceOn(home, "astronaut.png", false),
            home,
            CscaTrustStore.of(List.of(issuer.csca())),
            clock);
    stage.setScene(new Scene(KioskWindow.view(kiosk, clock).root(), 540, 960));
    stage.show();
  }

  @AfterEach
  void stop() {
    if (kiosk != null) {
      kiosk.close();
    }
  }

  @Test
  void somebodyElseIsRefusedWithTriesLeftThenTheCardHolderPasses(FxRobot robot) throws Exception {
    KioskDriver k = new KioskDriver(robot, () -> kiosk.flow().state());
    k.click("#start");
    k.click("#lang-vi");
    k.click("#agree");
    k.waitFor("#scan-qr");
    kiosk.devices().simulatedScanner().orElseThrow().scan(QR);
    k.waitFor("#read-chip");
    kiosk
        .devices()
        .simulatedCardReader()
        .orElseThrow()
        .place(
            SoftwareChips.issue(
                new CccdQrParser(clock).parse(QR).card(),
                issuer,
                ChipIssue.genuine(FaceImageFile.read(FACES.resolve("dg2/franck_01829_x50.jp2")))));
    k.waitFor("#failure-FACE_NO_MATCH");
    assertThat(robot.lookup("#face-live").tryQuery())
        .as("the camera leaves with its screen")
        .isEmpty();
    assertThat(k.text("#failure-message"))
        .isEqualTo("Chưa xác thực được khuôn mặt. Hãy nhìn thẳng vào camera và thử lại.");
    assertThat(k.text(".body")).isEqualTo("(còn 2 lần)");

    kiosk
        .devices()
        .simulatedCamera()
        .orElseThrow()
        .useImageSet(ImageSet.load(FACES, "franck_0*.jpg"));
    k.click("#next");
    k.waitFor("#priority");
    assertThat(k.text("#greeting")).isEqualTo("Xin chào Nguyễn Thị Ngọc Ánh");
  }
}
