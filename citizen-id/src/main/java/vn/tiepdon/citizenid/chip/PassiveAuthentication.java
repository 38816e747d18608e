package vn.tiepdon.citizenid.chip;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of passive authentication (Doc 9303 Part 11, 5.1): are the data groups the ones the
 * issuer signed, and is the signer trusted.
 *
 * @param dataGroup the data group whose hash failed, for {@link Verdict#TAMPERED} of a data group
 * @param detail one line in English for developers and logs (no personal data)
 */
public record PassiveAuthentication(Verdict verdict, Optional<Integer> dataGroup, String detail) {
  public PassiveAuthentication {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(dataGroup, "dataGroup");
    Objects.requireNonNull(detail, "detail");
  }

  static PassiveAuthentication of(Verdict verdict, String detail) {
    return new PassiveAuthentication(verdict, Optional.empty(), detail);
  }

  public boolean genuine() {
    return verdict == Verdict.GENUINE;
  }

  /** Worst first: the first that applies is the verdict. */
  public enum Verdict {
    /** The SOD or a data group cannot be parsed, or the SOD lacks what PA needs. */
    MALFORMED,
    /** A data group's hash differs from the SOD, or the SOD's signature does not verify. */
    TAMPERED,
    /** The document signer does not chain to any configured CSCA certificate. */
    UNTRUSTED_SIGNER,
    /** The chain holds, but the document signer or its CSCA is outside its validity. */
    SIGNER_EXPIRED,
    /** Hashes, signature, chain and validity all hold. */
    GENUINE
  }
}
