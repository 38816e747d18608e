package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.PassiveAuthentication.Verdict;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChip;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

/**
 * JPEG 2000 faces through the whole path (chip DG2, secure messaging, JMRTD, decoder), and the
 * number of APDUs with and without extended length.
 */
class SoftwareChipJpeg2000Test {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ISSUER = TestIssuer.generate("TiepDon Test", CLOCK);
  private static final CitizenCard CARD = MadeUpCitizens.asOf(CLOCK).get(4).card();

  private final ChipReader reader =
      new ChipReader(CscaTrustStore.of(List.of(ISSUER.csca())), CLOCK);

  @Test
  void aTypicalJpeg2000FaceIsReadInTwoReadBinaryCommands() throws Exception {
    FaceImageFile face =
        FaceImageFile.read(FaceImageDecoderTest.dg2Images().resolve("hopper_x50.jp2"));
    SoftwareChip chip = SoftwareChips.issue(CARD, ISSUER, ChipIssue.genuine(face));

    ChipReading reading = reader.read(chip, CARD);

    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(reading.face().getWidth()).isEqualTo(240);
    assertThat(reading.face().getHeight()).isEqualTo(320);
    // EF.CardAccess 3, PACE 5, SELECT applet 1, 2 per file (EF.COM, DG14, DG1, DG13, DG2, SOD),
    // Chip Authentication 2.
    assertThat(reading.apdus()).isEqualTo(23);
  }

  @Test
  void withoutExtendedLengthTheFaceIsReadIn223ByteBlocks() throws Exception {
    FaceImageFile face =
        FaceImageFile.read(FaceImageDecoderTest.dg2Images().resolve("hopper_x100.jp2"));
    SoftwareChip shortOnly =
        SoftwareChips.issue(CARD, ISSUER, ChipIssue.genuine(face)).shortApdusOnly();
    SoftwareChip extended = SoftwareChips.issue(CARD, ISSUER, ChipIssue.genuine(face));

    ChipReading blocks = reader.read(shortOnly, CARD);
    ChipReading whole = reader.read(extended, CARD);

    assertThat(blocks.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(blocks.face().getWidth()).isEqualTo(240);
    assertThat(blocks.apdus()).isGreaterThan(face.bytes().length / 223);
    assertThat(whole.apdus()).isEqualTo(23);
  }

  @Test
  void aFaceLargerThan32767BytesIsReadPastThatOffsetWithOddInsReadBinary() throws Exception {
    FaceImageFile face = noisyJpeg();
    assertThat(face.bytes().length).isBetween(32_768, 65_000);
    SoftwareChip chip = SoftwareChips.issue(CARD, ISSUER, ChipIssue.genuine(face)).shortApdusOnly();

    ChipReading reading = reader.read(chip, CARD);

    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(reading.face().getWidth()).isEqualTo(face.width());
  }

  /** Random pixels compress badly: a JPEG of some 40-60 kB without anyone's face. */
  private static FaceImageFile noisyJpeg() throws Exception {
    java.util.Random random = new java.util.Random(7);
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(300, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpeg", out);
    return new FaceImageFile(out.toByteArray(), false, image.getWidth(), image.getHeight());
  }
}
