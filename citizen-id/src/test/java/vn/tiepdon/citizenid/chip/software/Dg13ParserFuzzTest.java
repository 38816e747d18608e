package vn.tiepdon.citizenid.chip.software;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.tiepdon.citizenid.chip.ChipCitizenData;
import vn.tiepdon.citizenid.chip.Dg13Parser;
import vn.tiepdon.citizenid.chip.MalformedChipDataException;

/**
 * Jazzer fuzz target: whatever bytes a chip returns as DG13 are read or refused with {@link
 * MalformedChipDataException}, nothing else; what is read has a valid ID and name. (A round trip
 * through the software chip's encoder is not asserted: that encoder writes only what our chip
 * needs, e.g. no second parent name.) Without {@code JAZZER_FUZZ} it replays {@code
 * Dg13ParserFuzzTestInputs/parseReadsOrRefuses}; the {@code fuzz-dg13} Surefire execution fuzzes it
 * for a few seconds in {@code verify}.
 */
class Dg13ParserFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void parseReadsOrRefuses(byte[] dg13) {
    ChipCitizenData read;
    try {
      read = Dg13Parser.parse(dg13);
    } catch (MalformedChipDataException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(read.id().value()).hasSize(12);
    assertThat(read.fullName()).isNotBlank();
  }
}
