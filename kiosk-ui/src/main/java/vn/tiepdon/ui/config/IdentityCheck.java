package vn.tiepdon.ui.config;

/**
 * How strongly the kiosk checks that the patient holds the card. Hospitals roll out in stages: QR
 * only first, then the chip, then the face against the chip photo.
 */
public enum IdentityCheck {
  QR_ONLY,
  QR_AND_CHIP,
  QR_CHIP_AND_FACE;

  public boolean readsChip() {
    return this != QR_ONLY;
  }

  public boolean verifiesFace() {
    return this == QR_CHIP_AND_FACE;
  }
}
