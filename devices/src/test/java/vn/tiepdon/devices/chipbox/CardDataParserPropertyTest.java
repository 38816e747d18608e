package vn.tiepdon.devices.chipbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.tiepdon.devices.card.UntrustedCardData;

/** Whatever a box sends, the parser answers with card data or a rejection — nothing else. */
class CardDataParserPropertyTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);
  static final byte[] VALID = CardDocuments.bytes(CardDocuments.valid());
  final CardDataParser parser = new CardDataParser(48 * 1024, CLOCK);

  void parsesOrRejects(byte[] document) {
    try {
      UntrustedCardData data = parser.parse(document);
      assertThat(data.idNumber()).matches("[0-9]{12}");
    } catch (RejectedCardDataException e) {
      assertThat(e.field()).isNotBlank();
      assertThat(e.getMessage()).doesNotContain("079085001234", "Nguyễn");
    }
  }

  @Property(tries = 300)
  void arbitraryBytes(@ForAll @Size(max = 400) byte[] document) {
    parsesOrRejects(document);
  }

  @Property(tries = 300)
  void aValidDocumentWithBytesChanged(
      @ForAll("positions") int position, @ForAll byte value, @ForAll @IntRange(max = 8) int more) {
    byte[] document = VALID.clone();
    for (int i = 0; i <= more; i++) {
      document[(position + i * 7919) % document.length] = value;
    }
    parsesOrRejects(document);
  }

  @Property(tries = 200)
  void aValidDocumentCutShort(@ForAll("positions") int length) {
    parsesOrRejects(Arrays.copyOf(VALID, length));
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, VALID.length - 1);
  }
}
