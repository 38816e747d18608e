package vn.tiepdon.citizenid.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Jazzer fuzz target: raw scanner bytes, decoded leniently as the kiosk's scanner adapter does,
 * must be read or refused with {@link InvalidCccdQrException}, nothing else. Without {@code
 * JAZZER_FUZZ} it replays the inputs under {@code CccdQrParserFuzzTestInputs/parseReadsOrRefuses};
 * the {@code fuzz} Surefire execution in {@code verify} fuzzes for a few seconds.
 */
class CccdQrParserFuzzTest {
  private static final CccdQrParser PARSER =
      new CccdQrParser(
          Clock.fixed(Instant.parse("2025-06-01T05:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

  @FuzzTest(maxDuration = "20s")
  void parseReadsOrRefuses(byte[] scan) throws InvalidCccdQrException {
    CccdQrReading reading;
    try {
      reading = PARSER.parse(new String(scan, StandardCharsets.UTF_8));
    } catch (InvalidCccdQrException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      assertThat(e.field().isPresent())
          .isEqualTo(e.reason() == InvalidCccdQrException.Reason.INVALID_FIELD);
      return;
    }
    // What was read must survive being written back and read again.
    assertThat(PARSER.parse(CccdQrText.of(reading.card())).card()).isEqualTo(reading.card());
  }
}
