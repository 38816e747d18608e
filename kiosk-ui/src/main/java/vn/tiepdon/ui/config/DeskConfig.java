package vn.tiepdon.ui.config;

import vn.tiepdon.payment.PaymentSettings;

/** The configuration of a cashier desk ({@code tiepdon cashier}), read once at start-up. */
public record DeskConfig(SiteSettings site, DeskSettings desk, PaymentSettings payment) {
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
}
