package vn.tiepdon.payment.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code payment.webhooks:} section of the cashier desk configuration: where the endpoint
 * listens and the secret of each provider that is enabled (a provider without a secret is not
 * served). Secrets come from the desk's configuration file, never from the kiosk's.
 *
 * @param bindAddress interface to listen on, e.g. {@code 127.0.0.1} behind a reverse proxy
 * @param port TCP port, 1–65535
 * @param sepayApiKey SePay "API Key" (empty: SePay disabled)
 * @param cassoChecksumKey Casso webhook v2 "Key bảo mật" (empty: Casso disabled)
 * @param payOsChecksumKey payOS channel checksum key (empty: payOS disabled)
 * @param maxSkew how far Casso's signed timestamp may be from now; default 5 minutes, at most 1
 *     hour
 */
public record WebhookSettings(
    String bindAddress,
    int port,
    String sepayApiKey,
    String cassoChecksumKey,
    String payOsChecksumKey,
    Duration maxSkew) {
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

  /** Shorter secrets are guessable; every provider issues longer ones. */
  public static final int MIN_SECRET_LENGTH = 16;

  public WebhookSettings {
    if (bindAddress == null || bindAddress.isBlank()) {
      bindAddress = "127.0.0.1";
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("payment.webhooks.port must be 1-65535, was " + port);
    }
    sepayApiKey = secret("sepayApiKey", sepayApiKey);
    cassoChecksumKey = secret("cassoChecksumKey", cassoChecksumKey);
    payOsChecksumKey = secret("payOsChecksumKey", payOsChecksumKey);
    if (sepayApiKey.isEmpty() && cassoChecksumKey.isEmpty() && payOsChecksumKey.isEmpty()) {
      throw new IllegalArgumentException(
          "payment.webhooks needs at least one of sepayApiKey, cassoChecksumKey, payOsChecksumKey");
    }
    if (maxSkew == null) {
      maxSkew = DEFAULT_MAX_SKEW;
    }
    if (maxSkew.isNegative() || maxSkew.isZero() || maxSkew.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "payment.webhooks.maxSkew must be > 0 and <= PT1H, was " + maxSkew);
    }
  }

  private static String secret(String key, String value) {
    String v = value == null ? "" : value.strip();
    if (!v.isEmpty() && v.length() < MIN_SECRET_LENGTH) {
      // The value itself is a secret: name the key and the length only.
      throw new IllegalArgumentException(
          "payment.webhooks."
              + key
              + " must be at least "
              + MIN_SECRET_LENGTH
              + " characters, was "
              + v.length());
    }
    return v;
  }

  /** The providers to serve, with their secrets. */
  public List<WebhookFormat> formats(Clock clock) {
    List<WebhookFormat> formats = new ArrayList<>();
    if (!sepayApiKey.isEmpty()) {
      formats.add(new SepayWebhook(sepayApiKey));
    }
    if (!cassoChecksumKey.isEmpty()) {
      formats.add(new CassoWebhook(cassoChecksumKey, clock, maxSkew));
    }
    if (!payOsChecksumKey.isEmpty()) {
      formats.add(new PayOsWebhook(payOsChecksumKey));
    }
    return formats;
  }

  /** Never prints the secrets. */
  @Override
  public String toString() {
    return "WebhookSettings[bindAddress="
        + bindAddress
        + ", port="
        + port
        + ", sepay="
        + !sepayApiKey.isEmpty()
        + ", casso="
        + !cassoChecksumKey.isEmpty()
        + ", payos="
        + !payOsChecksumKey.isEmpty()
        + ", maxSkew="
        + maxSkew
        + "]";
  }
}
