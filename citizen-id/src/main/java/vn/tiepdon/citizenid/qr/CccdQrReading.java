package vn.tiepdon.citizenid.qr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.ChipAccess;

/**
 * A parsed, valid CCCD QR.
 *
 * @param province the legacy province name for {@code provinceCode}, empty when unknown
 * @param extraFields fields 7-10 of a Căn cước QR, as read (NFC); their meaning is not confirmed
 */
public record CccdQrReading(
    CitizenCard card,
    List<CccdWarning> warnings,
    ChipAccess chipAccess,
    String provinceCode,
    Optional<String> province,
    List<String> extraFields) {

  public CccdQrReading {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(chipAccess, "chipAccess");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(province, "province");
    warnings = List.copyOf(warnings);
    extraFields = List.copyOf(extraFields);
  }

  /** Hides the extra fields, which may hold parents' names. */
  @Override
  public String toString() {
    return "CccdQrReading[card=" + card + ", warnings=" + warnings + "]";
  }
}
