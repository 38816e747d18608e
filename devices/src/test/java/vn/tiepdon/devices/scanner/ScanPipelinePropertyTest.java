package vn.tiepdon.devices.scanner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.tiepdon.devices.MutableClock;

/** However the bytes are cut into reads, the scans that come out are the scans that went in. */
class ScanPipelinePropertyTest {

  @Property(tries = 300)
  void scansSurviveAnySplitIntoReads(
      @ForAll("vietnameseTexts") List<String> texts,
      @ForAll @IntRange(min = 1, max = 37) int chunk) {
    RecordingScanListener listener = new RecordingScanListener();
    ScanPipeline p =
        new ScanPipeline(
            Framing.terminatedBy(Framing.CRLF),
            Duration.ZERO,
            new MutableClock(Instant.EPOCH),
            listener);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    texts.forEach(t -> stream.writeBytes((t + "\r\n").getBytes(UTF_8)));
    byte[] bytes = stream.toByteArray();

    for (int at = 0; at < bytes.length; at += chunk) {
      p.accept(bytes, at, Math.min(chunk, bytes.length - at));
    }

    assertThat(listener.texts()).isEqualTo(texts);
    assertThat(listener.rejections).isEmpty();
  }

  @Provide
  Arbitrary<List<String>> vietnameseTexts() {
    return Arbitraries.strings()
        .withChars("0123456789|, ")
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ")
        .withChars("áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
        .withChars("ỄỆỐỒỰ€")
        .ofMinLength(1)
        .ofMaxLength(120)
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }
}
