package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DG2 images: the public JPEG 2000 test tokens of faces/dg2 (see its README), read in place. */
class FaceImageDecoderTest {
  static Path dg2Images() {
    Path faces = Path.of(System.getProperty("tiepdon.faces", "../../shared/faces"), "dg2");
    assumeTrue(Files.isDirectory(faces), "no DG2 images at " + faces + " (-Dtiepdon.faces=FOLDER)");
    return faces;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"hopper_x50.jp2", "hopper_x50.j2k", "astronaut_x10.jp2", "franck_01829_x50.jp2"})
  void decodesJpeg2000FileFormatAndCodestream(String name) throws Exception {
    byte[] bytes = Files.readAllBytes(dg2Images().resolve(name));

    assertThat(FaceImageDecoder.isJpeg2000(bytes)).isTrue();
    BufferedImage image = FaceImageDecoder.decode(bytes);

    assertThat(image.getWidth()).isEqualTo(240);
    assertThat(image.getHeight()).isEqualTo(320);
  }

  @Test
  void refusesBytesThatAreNoImage() {
    assertThatThrownBy(() -> FaceImageDecoder.decode(new byte[] {1, 2, 3, 4}))
        .isInstanceOf(IOException.class)
        .hasMessage("face image of 4 bytes is in no readable format (JPEG or JPEG 2000 expected)");
  }
}
