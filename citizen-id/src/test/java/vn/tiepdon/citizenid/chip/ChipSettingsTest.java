package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.software.TestIssuer;

class ChipSettingsTest {
  @TempDir Path dir;

  @Test
  void defaultsTrustNothingAndTakeTheFirstReader() throws Exception {
    ChipSettings settings = ChipSettings.defaults();

    assertThat(settings.trustStore().size()).isZero();
    assertThat(settings.reader()).isEmpty();
    assertThat(settings.face()).isEmpty();
  }

  @Test
  void loadsTheConfiguredCscaFolder() throws Exception {
    TestIssuer issuer =
        TestIssuer.generate(
            "Hospital", Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    Files.write(dir.resolve("csca.der"), issuer.csca().getEncoded());

    ChipSettings settings = new ChipSettings(dir.toString(), "ACS ACR1281", "");

    assertThat(settings.trustStore().issuerOf(issuer.documentSigner())).contains(issuer.csca());
    assertThat(settings.reader()).contains("ACS ACR1281");
  }

  @Test
  void namesTheFieldWithAControlCharacter() {
    assertThatThrownBy(() -> new ChipSettings("", "ACS\nACR", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pcscReader must not contain control characters, found U+000A at position 4");
  }
}
