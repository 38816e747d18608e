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
  void theSleepOfTheAttractScreenDefaultsToThreeMinutesAndIsChecked() throws Exception {
    assertThat(load(MINIMAL).kiosk().sleepAfter()).isEqualTo(Duration.ofMinutes(3));
    assertThat(load(MINIMAL + "  sleepAfter: PT0S\n").kiosk().sleepAfter()).isZero();
    assertThat(load(MINIMAL + "  sleepAfter: PT10M\n").kiosk().sleepAfter())
        .isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> load(MINIMAL + "  sleepAfter: PT10S\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "key 'kiosk.sleepAfter': sleepAfter must be PT0S (never) or between PT30S and PT24H,"
                + " was PT10S")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("kiosk.sleepAfter");
  }

  @Test
  void theGpioSectionIsBoundAndAWrongPinIsNamedByItsKey() throws Exception {
    String gpio = "devices:\n  gpio:\n    type: pi4j\n    presencePin: 5\n";
    TiepdonConfig config = load(MINIMAL + gpio);
    assertThat(config.devices().gpio().pi4jType()).isTrue();
    assertThat(config.devices().gpio().layout().presence().bcm()).isEqualTo(5);
    assertThat(load(MINIMAL).devices().gpio().pi4jType()).isFalse();

    assertGpioError(
        "    buzzerPin: 5\n",
        "devices.gpio.buzzerPin",
        "buzzerPin must differ from presencePin, both are BCM 5");
    assertGpioError(
        "    lightGreenPin: 40\n",
        "devices.gpio.lightGreenPin",
        "lightGreenPin must be a BCM GPIO number 0..27, was 40");
    assertGpioError(
        "    debounce: PT3S\n", "devices.gpio.debounce", "debounce must be PT0S..PT1S, was PT3S");
    assertGpioError(
        "    type: wiringpi\n",
        "devices.gpio.type",
        "type must be one of simulated, pi4j, was 'wiringpi'");
    assertThatThrownBy(() -> load(MINIMAL + gpio + "    staffCallPin: seven\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'devices.gpio.staffCallPin': value 'seven' is not a valid");
  }

  private void assertGpioError(String line, String key, String message) {
    assertThatThrownBy(() -> load(MINIMAL + "devices:\n  gpio:\n    presencePin: 5\n" + line))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key '" + key + "': " + message)
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo(key);
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
