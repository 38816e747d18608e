package vn.tiepdon.provisioning.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Any file, any chunk size, any scan order with repeats: the assembler gives the file back. */
class BundleQrCodesPropertyTest {
  @Property(tries = 200)
  void chunksAlwaysJoinBackToTheFile(
      @ForAll @Size(min = 1, max = 6000) byte[] file,
      @ForAll @IntRange(min = 32, max = 2000) int chunkChars,
      @ForAll long seed) {
    List<String> chunks = BundleQrCodes.split(file, chunkChars);
    List<String> scans = new ArrayList<>(chunks);
    Random random = new Random(seed);
    for (int i = 0; i < chunks.size() / 2; i++) {
      scans.add(chunks.get(random.nextInt(chunks.size())));
    }
    Collections.shuffle(scans, random);

    BundleQrAssembler assembler = new BundleQrAssembler();
    scans.forEach(assembler::add);

    assertThat(assembler.progress().complete()).isTrue();
    assertThat(assembler.bundleFile()).isEqualTo(file);
    assertThat(chunks)
        .allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(chunkChars + 22));
  }
}
