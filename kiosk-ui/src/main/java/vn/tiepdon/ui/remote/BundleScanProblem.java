package vn.tiepdon.ui.remote;

import vn.tiepdon.provisioning.enrolment.BundleRejection;

/**
 * Why a bundle scanned as QR codes was not installed, in the words the staff screen uses (one text
 * per value, vi and en, {@code enrolment.problem.*}); never the exception's own message.
 */
public enum BundleScanProblem {
  UNSIGNED,
  BAD_SIGNATURE,
  EXPIRED,
  NOT_YET_VALID,
  OTHER_KIOSK,
  OTHER_HOSPITAL,
  /** The codes joined into a bundle, but its content is not a valid bundle. */
  MALFORMED,
  /** A code is damaged, or belongs to another bundle than the codes scanned before it. */
  CORRUPT_PART,
  /** The bundle is good but could not be written to the kiosk's disk. */
  NOT_STORED;

  static BundleScanProblem of(BundleRejection rejection) {
    return switch (rejection) {
      case UNSIGNED -> UNSIGNED;
      case BAD_SIGNATURE -> BAD_SIGNATURE;
      case EXPIRED -> EXPIRED;
      case NOT_YET_VALID -> NOT_YET_VALID;
      case OTHER_KIOSK -> OTHER_KIOSK;
      case OTHER_HOSPITAL -> OTHER_HOSPITAL;
      case MALFORMED -> MALFORMED;
    };
  }
}
