package vn.tiepdon.citizenid.chip.software;

import java.util.Objects;
import java.util.Optional;

/**
 * How to make a software chip: which face goes in DG2, whether EF.CardAccess offers PACE, a data
 * group to tamper with after the SOD was signed (its hash then no longer matches), whether DG14
 * offers Chip Authentication, and whether the chip is a clone without the matching private key.
 */
public record ChipIssue(
    FaceImageFile face,
    boolean pace,
    Optional<TamperedGroup> tamper,
    boolean chipAuthentication,
    boolean cloned) {
  public ChipIssue {
    Objects.requireNonNull(face, "face");
    Objects.requireNonNull(tamper, "tamper");
  }

  /** A genuine chip with PACE and BAC, like a CCCD. */
  public static ChipIssue genuine(FaceImageFile face) {
    return new ChipIssue(face, true, Optional.empty(), true, false);
  }

  public ChipIssue withoutPace() {
    return new ChipIssue(face, false, tamper, chipAuthentication, cloned);
  }

  public ChipIssue tampered(TamperedGroup group) {
    return new ChipIssue(face, pace, Optional.of(group), chipAuthentication, cloned);
  }

  /** No DG14: the chip offers no Chip Authentication (older cards). */
  public ChipIssue withoutChipAuthentication() {
    return new ChipIssue(face, pace, tamper, false, cloned);
  }

  /**
   * A clone: every file copied from a genuine chip, so passive authentication passes, but without
   * the private key that DG14's public key belongs to.
   */
  public ChipIssue asClone() {
    return new ChipIssue(face, pace, tamper, true, true);
  }

  /** Data groups the software chip can alter after signing. */
  public enum TamperedGroup {
    /** A different face: a photo substitution. */
    DG2,
    /** A different holder name: a data substitution. */
    DG13
  }
}
