package vn.tiepdon.citizenid.sample;

import java.util.Objects;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.qr.CccdQrText;

/**
 * A fictitious citizen for the demo's simulator panel and for tests.
 *
 * @param label what makes this one interesting, in English, for developers and the demo panel
 */
public record MadeUpCitizen(String label, CitizenCard card) {
  public MadeUpCitizen {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(card, "card");
  }

  /** The text the card's QR code holds, as a scanner would deliver it. */
  public String qrText() {
    return CccdQrText.of(card);
  }
}
