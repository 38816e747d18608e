package vn.tiepdon.payment.bank;

import java.util.Optional;

/**
 * One entry of the bank directory.
 *
 * @param bin the BIN payments are routed with
 * @param shortName the name people know the bank by, e.g. {@code Vietcombank}
 * @param code the vietqr.io short code, e.g. {@code VCB}; empty when no provider lists one
 * @param sbvName the legal name in the State Bank BIN list; empty for BINs only providers list
 * @param note a known conflict, rename or data error; empty when there is none
 */
public record Bank(
    BankBin bin,
    String shortName,
    Optional<String> code,
    Optional<String> sbvName,
    Optional<String> note) {

  public Bank {
    if (shortName == null || shortName.isBlank()) {
      throw new IllegalArgumentException("shortName of bank " + bin + " must not be blank");
    }
  }

  /** True if the State Bank of Vietnam issued this BIN (its list to 31/12/2023). */
  public boolean inSbvList() {
    return sbvName.isPresent();
  }

  /**
   * True if sources disagree about this bank's BIN; such a BIN should be confirmed with the bank
   * before a hospital uses it.
   */
  public boolean hasConflict() {
    return note.filter(n -> n.startsWith("CONFLICT")).isPresent();
  }
}
