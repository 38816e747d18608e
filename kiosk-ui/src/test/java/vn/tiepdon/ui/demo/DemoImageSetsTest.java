package vn.tiepdon.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.FaceImageDecoder;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.devices.sim.ImageSet;

/** The people the demo's panel offers, and the chip photo taken from one of them. */
class DemoImageSetsTest {
  private static final Path FACES = Path.of("../../shared/faces").toAbsolutePath().normalize();

  @Test
  void theSharedFacesAreThreePeopleAndTheChipPhotosAreLeftOut() {
    assumeTrue(Files.isDirectory(FACES), "shared/faces is not beside the checkout");
    List<DemoImageSet> sets = DemoImageSets.in(FACES);
    assertThat(sets)
        .extracting(DemoImageSet::label)
        .containsExactly("astronaut", "franck", "grace_hopper");
    assertThat(sets.get(1).files()).hasSize(11).allMatch(f -> f.startsWith("franck_"));
    assertThat(sets.get(2).files()).containsExactly("grace_hopper.jpg", "grace_hopper_512x512.jpg");
    assertThat(sets.get(2).load().size()).isEqualTo(2);
    assertThat(DemoImageSets.firstPlayed(sets, FACES, "franck_*.jpg")).contains(sets.get(1));
    assertThat(DemoImageSets.firstPlayed(sets, FACES, "nobody_*.jpg")).isEmpty();
  }

  @Test
  void aSubFolderIsOnePersonAndOddNamesAreSkipped(@TempDir Path folder) throws Exception {
    Path me = Files.createDirectories(folder.resolve("presenter"));
    write(me.resolve("b.png"));
    write(me.resolve("a.jpg"));
    write(folder.resolve("odd{name}.png"));
    Files.writeString(folder.resolve("notes.txt"), "not a picture");
    List<DemoImageSet> sets = DemoImageSets.in(folder);
    assertThat(sets).hasSize(1);
    assertThat(sets.get(0).label()).isEqualTo("presenter/");
    assertThat(sets.get(0).files()).containsExactly("a.jpg", "b.png");
    assertThat(sets.get(0).load().size()).isEqualTo(2);
    assertThat(DemoImageSets.in(folder.resolve("missing"))).isEmpty();
  }

  @Test
  void theChipPhotoIsTheSetsFirstPictureAsASmallJpeg() throws Exception {
    assumeTrue(Files.isDirectory(FACES), "shared/faces is not beside the checkout");
    DemoChipPhoto photo = new DemoChipPhoto();
    assertThat(photo.source()).isEmpty();
    ImageSet franck = ImageSet.load(FACES, "franck_*.jpg");
    photo.takeFrom("franck", franck);
    FaceImageFile dg2 = photo.current();
    assertThat(photo.source()).isEqualTo("franck");
    assertThat(dg2.jpeg2000()).isFalse();
    assertThat(FaceImageDecoder.isJpeg(dg2.bytes())).isTrue();
    assertThat(dg2.width()).isEqualTo(DemoChipPhoto.MAX_SIDE);
    assertThat(dg2.height()).isEqualTo(384); // 720 × 576 scaled to 480 wide
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(dg2.bytes()));
    assertThat(decoded.getWidth()).isEqualTo(480);

    photo.takeFrom("nobody", new ImageSet(FACES, "none", List.of()));
    assertThat(photo.source()).as("an empty set leaves the photo as it was").isEqualTo("franck");
  }

  private static void write(Path file) throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(image, file.toString().endsWith(".png") ? "png" : "jpeg", file.toFile());
  }
}
