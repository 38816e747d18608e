package vn.tiepdon.provisioning.message;

import static vn.tiepdon.provisioning.telemetry.WireTokens.require;
import static vn.tiepdon.provisioning.telemetry.WireTokens.requireToken;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.PaymentTopic;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * A cashier desk tells the kiosk that created an intent how much the bank feeds booked on it
 * ({@code tiepdon/v1/{site}/{kiosk}/payment/{intentRef}}, retained). Codes and sums only.
 *
 * @param amountVnd the intent's amount
 * @param receivedVnd everything booked on it so far (never less than an earlier notice said)
 * @param at the desk's time of the booking
 */
public record PaymentNotice(
    SiteId site,
    KioskId kiosk,
    String intentRef,
    Settlement status,
    @JsonProperty(required = true) long amountVnd,
    @JsonProperty(required = true) long receivedVnd,
    Instant at) {

  /** Where the intent stands at the desk once money was booked on it. */
  public enum Settlement {
    PAID,
    PARTIAL,
    OVERPAID;

    /** The one status that fits {@code received} of {@code amount} (received > 0). */
    public static Settlement of(long amount, long received) {
      return received == amount ? PAID : received > amount ? OVERPAID : PARTIAL;
    }
  }

  public PaymentNotice {
    require("site", site);
    require("kiosk", kiosk);
    requireToken("intentRef", intentRef, 32);
    require("status", status);
    require("at", at);
    if (amountVnd <= 0) {
      throw new IllegalArgumentException("amountVnd must be > 0, was " + amountVnd);
    }
    if (receivedVnd <= 0) {
      throw new IllegalArgumentException("receivedVnd must be > 0, was " + receivedVnd);
    }
    if (status != Settlement.of(amountVnd, receivedVnd)) {
      throw new IllegalArgumentException(
          "status "
              + status
              + " does not fit receivedVnd "
              + receivedVnd
              + " of amountVnd "
              + amountVnd);
    }
  }

  public static PaymentNotice of(
      KioskRef kiosk, String intentRef, long amountVnd, long receivedVnd, Instant at) {
    return new PaymentNotice(
        kiosk.site(),
        kiosk.kiosk(),
        intentRef,
        Settlement.of(amountVnd, receivedVnd),
        amountVnd,
        receivedVnd,
        at);
  }

  public KioskRef ref() {
    return new KioskRef(site, kiosk);
  }

  /** The topic this notice is published on. */
  public PaymentTopic topic() {
    return new PaymentTopic(ref(), intentRef);
  }

  /** True once the whole amount (or more) arrived: the kiosk may say "paid". */
  public boolean settled() {
    return status != Settlement.PARTIAL;
  }
}
