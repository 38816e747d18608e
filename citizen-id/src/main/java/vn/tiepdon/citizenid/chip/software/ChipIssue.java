package vn.tiepdon.citizenid.chip.software;

import java.util.Objects;
import java.util.Optional;

/**
 * How to make a software chip: which face goes in DG2, whether EF.CardAccess offers PACE, and a
 * data group to tamper with after the SOD was signed (its hash then no longer matches).
 */
public record ChipIssue(FaceImageFile face, boolean pace, Optional<TamperedGroup> tamper) {
  public ChipIssue {
    Objects.requireNonNull(face, "face");
    Objects.requireNonNull(tamper, "tamper");
  }

  /** A genuine chip with PACE and BAC, like a CCCD. */
  public static ChipIssue genuine(FaceImageFile face) {
    return new ChipIssue(face, true, Optional.empty());
  }

  public ChipIssue withoutPace() {
    return new ChipIssue(face, false, tamper);
  }

  public ChipIssue tampered(TamperedGroup group) {
    return new ChipIssue(face, pace, Optional.of(group));
  }

  /** Data groups the software chip can alter after signing. */
  public enum TamperedGroup {
    /** A different face: a photo substitution. */
    DG2,
    /** A different holder name: a data substitution. */
    DG13
  }
}
