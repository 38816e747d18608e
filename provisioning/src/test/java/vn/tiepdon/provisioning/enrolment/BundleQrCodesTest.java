package vn.tiepdon.provisioning.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.testing.BundleFixture;

class BundleQrCodesTest {
  private final BundleFixture keys = new BundleFixture();
  private final byte[] file =
      new BundleSigner(keys.hospital.getPrivate(), keys.hospitalKey)
          .sign(keys.bundle("bv-a", "k01"))
          .toBytes();

  @Test
  void chunksReassembleInAnyOrderWithRepeats() {
    List<String> chunks = BundleQrCodes.split(file, 300);
    assertThat(chunks).hasSizeGreaterThan(3);
    assertThat(chunks.get(0)).matches("TDB1/" + chunks.size() + ":[0-9a-f]{8}:[A-Za-z0-9_-]{300}");
    List<String> shuffled = new ArrayList<>(chunks);
    shuffled.add(chunks.get(1));
    Collections.shuffle(shuffled, new Random(7));

    BundleQrAssembler assembler = new BundleQrAssembler();
    BundleQrAssembler.Progress progress = null;
    for (String chunk : shuffled) {
      progress = assembler.add(chunk);
    }

    assertThat(progress.complete()).isTrue();
    assertThat(assembler.bundleFile()).isEqualTo(file);
  }

  @Test
  void tellsWhichChunksAreStillMissing() {
    List<String> chunks = BundleQrCodes.split(file, 300);
    BundleQrAssembler assembler = new BundleQrAssembler();
    assembler.add(chunks.get(0));
    assembler.add(chunks.get(2));

    assertThat(assembler.progress()).isEqualTo(new BundleQrAssembler.Progress(2, chunks.size()));
    assertThat(assembler.missing()).startsWith(2, 4);
    assertThatThrownBy(assembler::bundleFile)
        .hasMessageStartingWith("bundle QR codes missing: [2, 4");
  }

  @Test
  void refusesAChunkOfAnotherBundleAndKeepsWhatItHas() {
    List<String> ours = BundleQrCodes.split(file, 300);
    byte[] other =
        new BundleSigner(keys.hospital.getPrivate(), keys.hospitalKey)
            .sign(keys.bundle("bv-a", "k02"))
            .toBytes();
    List<String> theirs = BundleQrCodes.split(other, 300);
    BundleQrAssembler assembler = new BundleQrAssembler();
    assembler.add(ours.get(0));

    assertThatThrownBy(() -> assembler.add(theirs.get(1)))
        .isInstanceOf(BundleRejectedException.class)
        .hasMessageContaining("belongs to another bundle");
    ours.forEach(assembler::add);
    assertThat(assembler.bundleFile()).isEqualTo(file);
  }

  @Test
  void aCorruptedChunkFailsTheChecksum() {
    List<String> chunks = new ArrayList<>(BundleQrCodes.split(file, 300));
    String first = chunks.get(0);
    char last = first.charAt(first.length() - 1);
    chunks.set(0, first.substring(0, first.length() - 1) + (last == 'A' ? 'B' : 'A'));
    BundleQrAssembler assembler = new BundleQrAssembler();
    chunks.forEach(assembler::add);

    assertThatThrownBy(assembler::bundleFile)
        .isInstanceOf(BundleRejectedException.class)
        .hasMessageContaining("do not match their checksum");
  }

  @Test
  void refusesTextsThatAreNotChunks() {
    BundleQrAssembler assembler = new BundleQrAssembler();
    assertThatThrownBy(() -> assembler.add("079123456789|123456789|Nguyen Van A"))
        .hasMessage("not a bundle QR code (expected TDB{i}/{n}:{checksum}:{data})");
    assertThatThrownBy(() -> assembler.add("TDB4/3:0011aabb:AAAA"))
        .hasMessage("bundle QR code 4/3 cannot exist");
    assertThatThrownBy(() -> BundleQrCodes.split(file, 10)).hasMessageContaining("32-2000");
  }
}
