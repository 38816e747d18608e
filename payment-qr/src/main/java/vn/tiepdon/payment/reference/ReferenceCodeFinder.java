package vn.tiepdon.payment.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * Finds reference codes in transfer content as banks deliver it: with prefixes and suffixes added
 * ({@code MBVCB.4530998360.029552.TD7K3M9QV VIEN PHI.CT tu ...}), spaces or line breaks inserted
 * inside words, case changed, diacritics stripped. The content is folded to upper-case A–Z/0–9 and
 * scanned at every position; only candidates whose check symbol validates are kept, and a candidate
 * overlapping one already found is not considered.
 */
public final class ReferenceCodeFinder {

  /** Every valid code in {@code content}, each once, in order of appearance. */
  public List<ReferenceCode> findAll(String content) {
    String compact = AsciiFolding.compact(content);
    List<ReferenceCode> found = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = compact.indexOf(ReferenceCode.PREFIX, from)) >= 0
        && at + ReferenceCode.LENGTH <= compact.length()) {
      String candidate = compact.substring(at, at + ReferenceCode.LENGTH);
      if (ReferenceCode.problemOf(candidate) == null) {
        ReferenceCode code = new ReferenceCode(candidate);
        if (!found.contains(code)) {
          found.add(code);
        }
        // Two real codes never overlap: a "TD" inside a found code is not the start of another
        // (1 in 31 such windows would pass the check and make the transfer look ambiguous).
        from = at + ReferenceCode.LENGTH;
      } else {
        from = at + 1;
      }
    }
    return found;
  }

  /**
   * The code in {@code content} when there is exactly one; empty when there is none or when several
   * different codes make the transfer ambiguous (a cashier decides).
   */
  public Optional<ReferenceCode> findSingle(String content) {
    List<ReferenceCode> all = findAll(content);
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }
}
