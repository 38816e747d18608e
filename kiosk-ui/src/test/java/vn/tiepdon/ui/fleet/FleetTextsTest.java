package vn.tiepdon.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.fleet.Alert;
import vn.tiepdon.provisioning.fleet.AlertKind;
import vn.tiepdon.provisioning.fleet.KioskRow;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.topic.KioskRef;

class FleetTextsTest {
  private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void vietnameseAndEnglishHaveTheSameKeysAndEveryAlertHasWords() throws IOException {
    Properties vi = load("fleet.properties");
    Properties en = load("fleet_en.properties");

    assertThat(en.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    for (AlertKind kind : AlertKind.values()) {
      assertThat(vi).containsKey("alert." + kind.name());
    }
  }

  @Test
  void aRowReadsInEitherLanguage() {
    KioskRow row =
        new KioskRow(
            KioskRef.of("bv-a", "k01"),
            false,
            OfflineReason.CONNECTION_LOST,
            3,
            T,
            T,
            "1.2.0",
            List.of(new DeviceStatus("printer:main", DeviceState.FAULT, "PAPER_OUT", T)),
            null,
            0,
            0,
            0,
            List.of(Alert.of(AlertKind.OFFLINE), new Alert(AlertKind.PAPER_LOW, "printer:main")));

    String[] english = FleetRowText.cells(row, FleetTexts.of(Locale.ENGLISH));
    String[] vietnamese = FleetRowText.cells(row, FleetTexts.of(Locale.forLanguageTag("vi-VN")));

    assertThat(english[1]).isEqualTo("Offline (connection_lost)");
    assertThat(english[5]).isEqualTo("printer:main=PAPER_OUT");
    assertThat(english[6]).isEqualTo("Low");
    assertThat(english[8]).isEqualTo("Offline too long, Paper low: printer:main");
    assertThat(vietnamese[1]).isEqualTo("Ngoại tuyến (connection_lost)");
    assertThat(vietnamese[8]).isEqualTo("Mất kết nối lâu, Sắp hết giấy: printer:main");
    assertThat(FleetRowText.matches(row, FleetTexts.of(Locale.ENGLISH), "paper low")).isTrue();
    assertThat(FleetRowText.matches(row, FleetTexts.of(Locale.ENGLISH), "k02")).isFalse();
    assertThat(FleetRowText.matches(row, FleetTexts.of(Locale.ENGLISH), " ")).isTrue();
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FleetTexts.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
