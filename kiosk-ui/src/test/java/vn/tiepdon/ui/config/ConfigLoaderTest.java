package vn.tiepdon.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private TiepdonConfig load(String yaml) throws Exception {
    Path file = dir.resolve("kiosk.yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader().load(file);
  }

  private static final String MINIMAL =
      """
      site:
        id: bv-tinh-demo
        name: { vi: "Bệnh viện Đa khoa Tỉnh", en: "Provincial General Hospital" }
      queue:
        defaultMinutesPerPatient: 5
        followUrlTemplate: "https://benhvien.example.vn/q/{ticket}"
        services:
          - code: NOI
            nameVi: "Khám Nội"
            nameEn: "Internal medicine"
            roomVi: "Phòng 105"
            roomEn: "Room 105"
            opens: "07:00"
            closes: "16:30"
            dailyCapacity: 300
            insuranceFeeVnd: 50600
            serviceFeeVnd: 150000
      kiosk:
        id: kiosk-01
      """;

  @Test
  void appliesDefaultsToAMinimalConfiguration() throws Exception {
    TiepdonConfig config = load(MINIMAL);

    assertThat(config.site().name().vi()).isEqualTo("Bệnh viện Đa khoa Tỉnh");
    assertThat(config.kiosk().idleTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(config.kiosk().dataDir()).isEqualTo("var/kiosk-01");
    assertThat(config.ui().portrait()).isTrue();
  }

  @Test
  void namesTheKeyAndTheValueOfAnInvalidSetting() {
    assertThatThrownBy(() -> load(MINIMAL + "  idleTimeout: PT2S\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("kiosk.idleTimeout")
        .hasMessageContaining("was PT2S");
  }

  @Test
  void namesAnUnknownKey() {
    assertThatThrownBy(() -> load(MINIMAL + "  idelTimeout: PT30S\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'kiosk.idelTimeout'")
        .hasMessageContaining("near line");
  }

  @Test
  void namesAValueOfTheWrongType() {
    assertThatThrownBy(() -> load(MINIMAL + "  identityCheck: FINGERPRINT\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("kiosk.identityCheck")
        .hasMessageContaining("'FINGERPRINT'");
  }

  @Test
  void aKioskStopsWithoutItsFaceModelsUnlessItsConfigurationSaysToCallStaff() throws Exception {
    assertThat(load(MINIMAL).face().ifModelsMissing()).isEqualTo(MissingFaceModels.STOP_AT_START);
    assertThat(load(MINIMAL + "face:\n  ifModelsMissing: CALL_STAFF\n").face().ifModelsMissing())
        .isEqualTo(MissingFaceModels.CALL_STAFF);
    assertThatThrownBy(() -> load(MINIMAL + "face:\n  ifModelsMissing: PRETEND\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("face.ifModelsMissing")
        .hasMessageContaining("'PRETEND'");
  }

  @Test
  void namesAMissingSection() {
    assertThatThrownBy(() -> load(MINIMAL.replace("kiosk:\n  id: kiosk-01\n", "")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("kiosk is required");
  }

  @Test
  void namesAMissingFile() {
    assertThatThrownBy(() -> new ConfigLoader().load(dir.resolve("nope.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not found")
        .hasMessageContaining("nope.yaml");
  }
}
