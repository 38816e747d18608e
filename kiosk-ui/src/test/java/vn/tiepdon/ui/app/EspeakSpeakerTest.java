package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spoken prompts through the real espeak-ng, when this machine has it ({@code apt-get install
 * espeak-ng}; CI installs it), and the silent fallback when a kiosk does not.
 */
class EspeakSpeakerTest {
  @TempDir Path dir;

  @Test
  void speaksVietnameseWithDiacriticsThroughEspeakNg() throws Exception {
    assumeTrue(
        EspeakSpeaker.installed("espeak-ng"),
        "espeak-ng is not installed here (apt-get install espeak-ng); prompts stay silent");
    EspeakSpeaker speaker = new EspeakSpeaker("espeak-ng", List.of("--stdout"));
    Path wav = dir.resolve("prompt.wav");
    int status =
        speaker.speakNow(
            "Chưa đọc được mã QR. Hãy lau sạch mặt thẻ.",
            "vi",
            ProcessBuilder.Redirect.to(wav.toFile()));
    assertThat(status).isZero();
    byte[] audio = Files.readAllBytes(wav);
    assertThat(new String(audio, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("RIFF");
    assertThat(audio.length).as("seconds of speech, not an empty file").isGreaterThan(20_000);
    speaker.close();
  }

  @Test
  void aKioskWithoutEspeakNgStaysSilentAndStopsTrying() {
    EspeakSpeaker speaker = new EspeakSpeaker(dir.resolve("no-espeak-here").toString(), List.of());
    assertThat(speaker.speakNow("Xin chào", "vi", ProcessBuilder.Redirect.DISCARD)).isEqualTo(-1);
    assertThat(speaker.speakNow("Xin chào", "vi", ProcessBuilder.Redirect.DISCARD)).isEqualTo(-1);
    speaker.say("scan.body", vn.tiepdon.ui.flow.CheckInFlow.VIETNAMESE); // queued, silent, no throw
    speaker.stop();
    speaker.close();
    assertThat(EspeakSpeaker.installed(dir.resolve("no-espeak-here").toString())).isFalse();
  }
}
