package vn.tiepdon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.tiepdon.ui.i18n.Texts;

class TextsTest {
  private final Texts vi = Texts.of(Locale.forLanguageTag("vi"));
  private final Texts en = Texts.of(Locale.ENGLISH);

  @Test
  void formatsMoneyAndDatesAsTheUxGuideSays() {
    assertThat(vi.money(150_000)).isEqualTo("150.000 đ");
    assertThat(en.money(150_000)).isEqualTo("150,000 VND");
    assertThat(vi.date(LocalDate.of(1985, 3, 15))).isEqualTo("15/03/1985");
  }

  @Test
  void speaksVietnameseByDefaultWhateverTheMachineLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Texts.of(Locale.forLanguageTag("vi")).get("bar.staff")).isEqualTo("Gọi nhân viên");
    } finally {
      Locale.setDefault(before);
    }
    assertThat(en.get("bar.staff")).isEqualTo("Call staff");
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(keys("messages_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(keys("messages.properties").stringPropertyNames());
  }

  @Test
  void keepsApostrophesAndPlaceholdersIntact() {
    assertThat(en.get("ticket.paperOut", "1023")).contains("number 1023");
    assertThat(en.get("consent.decline")).isEqualTo("I don’t agree — see staff");
  }

  private static Properties keys(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
