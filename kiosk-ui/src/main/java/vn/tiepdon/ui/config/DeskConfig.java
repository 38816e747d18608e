package vn.tiepdon.ui.config;

import java.util.Optional;
import vn.tiepdon.payment.PaymentSettings;

/**
 * The configuration of a cashier desk ({@code tiepdon cashier}), read once at start-up.
 *
 * @param broker the kiosks' MQTT broker, for a hospital-wide desk; {@code null} for a desk that
 *     only reconciles its own database
 */
public record DeskConfig(
    SiteSettings site, DeskSettings desk, PaymentSettings payment, DeskBrokerSettings broker) {
  public DeskConfig {
    if (site == null) {
      throw new IllegalArgumentException("site is required");
    }
    if (desk == null) {
      throw new IllegalArgumentException("desk is required");
    }
    if (payment == null) {
      throw new IllegalArgumentException("payment is required (the account transfers arrive on)");
    }
  }

  /** The broker section, when this desk serves the kiosks. */
  public Optional<DeskBrokerSettings> brokerIfConfigured() {
    return Optional.ofNullable(broker);
  }
}
