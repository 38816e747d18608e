package vn.tiepdon.citizenid.chip;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * What one chip read yields. The face is held in memory only and must be dropped with the session.
 *
 * @param face the DG2 face, decoded (JPEG or JPEG 2000)
 * @param mismatches fields where chip and QR disagree; empty when they agree or no QR was given
 * @param dataGroups the data group numbers read
 * @param apdus command APDUs sent for the whole read
 */
public record ChipReading(
    AccessMethod access,
    ChipAuthentication chipAuthentication,
    PassiveAuthentication passiveAuthentication,
    ChipCitizenData citizen,
    BufferedImage face,
    List<ChipMismatch> mismatches,
    List<Integer> dataGroups,
    int apdus) {

  public ChipReading {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(chipAuthentication, "chipAuthentication");
    Objects.requireNonNull(passiveAuthentication, "passiveAuthentication");
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(face, "face");
    mismatches = List.copyOf(mismatches);
    dataGroups = List.copyOf(dataGroups);
  }

  /** Genuine chip whose data agrees with the QR: the only reading the kiosk may trust. */
  public boolean trustworthy() {
    return passiveAuthentication.genuine() && mismatches.isEmpty();
  }

  /** No personal data and no face. */
  @Override
  public String toString() {
    return "ChipReading[access="
        + access
        + ", chipAuthentication="
        + chipAuthentication
        + ", verdict="
        + passiveAuthentication.verdict()
        + ", id="
        + citizen.id().masked()
        + ", mismatches="
        + mismatches
        + ", apdus="
        + apdus
        + "]";
  }
}
