package vn.tiepdon.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The exact bytes of small jobs, byte by byte, as the Epson reference defines the commands. */
class TicketCommandsTest {
  private static final int[] STYLE_RESET = {
    0x1b, 'M', '0', 0x1b, 'E', 0, 0x1d, '!', 0, 0x1b, '-', '0', 0x1b, 'a', '0', 0x1b, '2', 0x1d,
    'B', 0
  };

  /** 10×2 dots: row 0 has its first and last dot black, row 1 is all black. */
  private static BufferedImage tiny() {
    BufferedImage image = new BufferedImage(10, 2, BufferedImage.TYPE_BYTE_BINARY);
    for (int x = 0; x < 10; x++) {
      image.setRGB(x, 0, x == 0 || x == 9 ? 0xFF000000 : 0xFFFFFFFF);
      image.setRGB(x, 1, 0xFF000000);
    }
    return image;
  }

  @Test
  void initRasterFeedAndFullCut() {
    byte[] job = TicketCommands.of(tiny(), 2, Cut.FULL);

    int[] expected =
        concat(
            new int[] {0x1b, '@'}, // ESC @ initialise
            new int[] {0x1b, 'a', '1'}, // ESC a 1 centre
            new int[] {0x1d, 'v', '0', 0, 2, 0, 2, 0}, // GS v 0, normal, 2 bytes × 2 rows
            new int[] {0b1000_0000, 0b0100_0000, 0b1111_1111, 0b1100_0000}, // 1 = black dot
            STYLE_RESET,
            new int[] {'\n', '\n'}, // feed 2 lines
            new int[] {0x1d, 'V', '0'}); // GS V 0 full cut
    assertThat(unsigned(job)).containsExactly(expected);
  }

  @Test
  void partialCutAndNoFeed() {
    byte[] job = TicketCommands.of(tiny(), 0, Cut.PARTIAL);

    assertThat(Arrays.copyOfRange(unsigned(job), job.length - 3, job.length))
        .containsExactly(0x1d, 'V', '1');
    assertThat(unsigned(job)).doesNotContain('\n');
  }

  @Test
  void tallRastersGoInBandsOf256Rows() {
    byte[] job =
        TicketCommands.of(new BufferedImage(576, 600, BufferedImage.TYPE_BYTE_BINARY), 0, Cut.FULL);

    // ESC @, 3 × (ESC a + GS v 0 header) for 256 + 256 + 88 rows of 72 bytes, GS V.
    assertThat(job.length).isEqualTo(2 + 3 * (3 + 8) + 600 * 72 + 3);
  }

  @Test
  void greyIsCutAtTheThreshold() {
    BufferedImage grey = new BufferedImage(8, 1, BufferedImage.TYPE_INT_RGB);
    int[] levels = {0, 60, 120, 126, 128, 160, 200, 255};
    for (int x = 0; x < 8; x++) {
      grey.setRGB(x, 0, levels[x] * 0x010101);
    }

    byte[] job = TicketCommands.of(grey, 0, Cut.FULL);

    assertThat(job[2 + 3 + 8] & 0xFF).isEqualTo(0b1111_0000);
  }

  private static int[] unsigned(byte[] bytes) {
    int[] out = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[i] & 0xFF;
    }
    return out;
  }

  private static int[] concat(int[]... parts) {
    return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
  }
}
