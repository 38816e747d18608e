package vn.tiepdon.citizenid.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FrameTest {
  @Test
  void anRgbImageBecomesBgrBytes() {
    BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x112233);
    image.setRGB(1, 0, 0xAABBCC);
    Frame frame = Frame.of(image);
    assertThat(frame.bgr())
        .containsExactly(0x33, 0x22, 0x11, (byte) 0xCC, (byte) 0xBB, (byte) 0xAA);
  }

  @Test
  void bgrBytesAreCopiedAndChecked() {
    byte[] pixels = {1, 2, 3, 4, 5, 6};
    Frame frame = Frame.ofBgr(pixels, 2, 1);
    pixels[0] = 9;
    assertThat(frame.bgr()[0]).isEqualTo((byte) 1);
    assertThatThrownBy(() -> Frame.ofBgr(new byte[5], 2, 1))
        .hasMessageContaining("2x1 BGR frame needs 6 bytes, got 5");
    assertThatThrownBy(() -> Frame.ofBgr(new byte[0], 0, 1)).hasMessageContaining("0x1");
  }

  @Test
  void closingZeroesThePixels() {
    byte[] pixels = {1, 2, 3};
    Frame frame = Frame.ofBgr(pixels, 1, 1);
    byte[] own = frame.bgr();
    frame.close();
    assertThat(own).containsOnly(0);
    assertThatThrownBy(frame::bgr).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void bytesThatAreNoImageAreRefused() {
    assertThatThrownBy(() -> Frame.decode(new byte[] {1, 2, 3}))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("3 bytes");
  }

  @Test
  void aChipPhotoInJpeg2000Decodes() throws Exception {
    try (Frame f = SharedFiles.frame("dg2/hopper_x50.j2k")) {
      assertThat(f.width()).isEqualTo(240);
      assertThat(f.height()).isEqualTo(320);
    }
  }
}
