package vn.tiepdon.payment.feed.sim;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Turns the memo a kiosk's QR pre-fills ({@code TD7K3M9QV VIEN PHI}) into transfer content as banks
 * deliver it (shapes from /work/shared/domain/vietqr.md §4.4): a paying-bank prefix ({@code
 * MBVCB.4530998360.029552.}), a suffix ({@code .CT tu 0351000646393 NGUYEN VAN AN toi …}, {@code
 * FT24255276428461}), the memo re-typed with diacritics, spaces or a line break inside the code
 * (fixed-width wrapping), lower or mixed case, and the memo cut to a generator's length limit after
 * the code.
 */
public final class ContentMangler {
  private static final String[] NAMES = {
    "NGUYEN VAN AN", "TRAN THI BINH", "LE VAN CUONG", "PHAM THI HOA", "VO MINH KHOA"
  };
  private static final String[] MEMOS = {
    " VIEN PHI", " Thanh toán viện phí", " kham benh", " ĐÓNG TIỀN KHÁM", "", " vien phi dot 2"
  };
  private static final String[] BANKS = {"VIETCOMBANK", "VPBANK", "BIDV", "MB"};

  private final RandomGenerator random;

  public ContentMangler(RandomGenerator random) {
    this.random = random;
  }

  /** Content that still carries {@code code} whole (a reader must find it). */
  public String mangle(String code) {
    String memo = wrapInside(code) + MEMOS[random.nextInt(MEMOS.length)];
    if (random.nextInt(4) == 0) {
      // A generator or bank cut the memo at its limit (VietQR.vn 19, NAPAS 25); the code, first,
      // stays.
      memo = memo.substring(0, Math.min(memo.length(), random.nextBoolean() ? 19 : 25));
    }
    String content =
        switch (random.nextInt(5)) {
          case 0 ->
              "MBVCB."
                  + digits(10)
                  + "."
                  + digits(6)
                  + "."
                  + memo
                  + ".CT tu "
                  + digits(13)
                  + " "
                  + name()
                  + " toi "
                  + digits(10)
                  + " BENH VIEN DA KHOA ABC tai "
                  + bank();
          case 1 -> digits(6) + "." + digits(6) + "." + digits(6) + "." + memo + " FT" + digits(14);
          case 2 -> "IBFT " + memo + " - Ma GD ACSP/ cl" + digits(6);
          case 3 -> memo;
          default -> name() + " chuyen tien " + memo;
        };
    return recase(content);
  }

  /**
   * Content whose code is lost: cut inside it, one symbol mistyped, or left out; a reader must find
   * nothing.
   */
  public String withoutCode(String code) {
    return switch (random.nextInt(3)) {
      case 0 ->
          "MBVCB." + digits(10) + "." + digits(6) + "." + code.substring(0, 5 + random.nextInt(3));
      case 1 -> recase(name() + " chuyen tien " + typo(code) + " VIEN PHI");
      default -> recase(name() + " chuyen tien kham benh");
    };
  }

  /** The code with one symbol changed to another of the alphabet (the check symbol catches it). */
  public String typo(String code) {
    String alphabet = vn.tiepdon.payment.reference.ReferenceCode.ALPHABET;
    int at = 2 + random.nextInt(code.length() - 2);
    char wrong;
    do {
      wrong = alphabet.charAt(random.nextInt(alphabet.length()));
    } while (wrong == code.charAt(at));
    return code.substring(0, at) + wrong + code.substring(at + 1);
  }

  private String wrapInside(String code) {
    return switch (random.nextInt(4)) {
      case 0 -> {
        int at = 1 + random.nextInt(code.length() - 1);
        yield code.substring(0, at) + " " + code.substring(at);
      }
      case 1 -> {
        int at = 1 + random.nextInt(code.length() - 1);
        yield code.substring(0, at) + "\n" + code.substring(at);
      }
      default -> code;
    };
  }

  private String recase(String content) {
    return switch (random.nextInt(3)) {
      case 0 -> content.toLowerCase(Locale.ROOT);
      case 1 -> content.toUpperCase(Locale.ROOT);
      default -> content;
    };
  }

  private String digits(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  private String name() {
    return NAMES[random.nextInt(NAMES.length)];
  }

  private String bank() {
    return BANKS[random.nextInt(BANKS.length)];
  }
}
