package vn.tiepdon.payment.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.feed.TransferSource;

class WebhookSettingsTest {
  static final String KEY = "0123456789abcdef0123";

  @Test
  void servesTheProvidersWithASecretAndHidesTheSecrets() {
    WebhookSettings settings = new WebhookSettings(null, 8088, "", KEY, KEY, null);

    assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(settings.maxSkew()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.formats(Clock.systemUTC()))
        .extracting(WebhookFormat::source)
        .containsExactly(TransferSource.CASSO, TransferSource.PAYOS);
    assertThat(settings.toString())
        .doesNotContain(KEY)
        .contains("casso=true")
        .contains("sepay=false");
  }

  @Test
  void errorsNameTheKeyAndNeverTheSecret() {
    assertThatThrownBy(() -> new WebhookSettings("0.0.0.0", 0, KEY, "", "", null))
        .hasMessage("payment.webhooks.port must be 1-65535, was 0");
    assertThatThrownBy(() -> new WebhookSettings("0.0.0.0", 8088, "short-secret", "", "", null))
        .hasMessage("payment.webhooks.sepayApiKey must be at least 16 characters, was 12")
        .message()
        .doesNotContain("short-secret");
    assertThatThrownBy(() -> new WebhookSettings("0.0.0.0", 8088, "", " ", null, null))
        .hasMessageContaining("needs at least one of");
    assertThatThrownBy(() -> new WebhookSettings("0.0.0.0", 8088, KEY, "", "", Duration.ofHours(2)))
        .hasMessage("payment.webhooks.maxSkew must be > 0 and <= PT1H, was PT2H");
  }
}
