package vn.tiepdon.citizenid.chip.software;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a chip holds: EF.CardAccess in the master file (absent on a BAC-only chip) and the LDS1
 * application's elementary files by file identifier (EF.COM 011E, DG1 0101 … EF.SOD 011D).
 */
public record ChipFiles(Optional<byte[]> cardAccess, Map<Integer, byte[]> applicationFiles) {
  public static final int EF_CARD_ACCESS = 0x011C;
  public static final int EF_COM = 0x011E;
  public static final int EF_SOD = 0x011D;

  public ChipFiles {
    Objects.requireNonNull(cardAccess, "cardAccess");
    applicationFiles = Map.copyOf(new TreeMap<>(applicationFiles));
  }

  /** The file identifier of data group {@code n}: 0x0100 + n. */
  public static int dataGroupFid(int n) {
    return 0x0100 + n;
  }

  /** The file a short file identifier names: DGn has SFI n, EF.SOD 1D, EF.COM 1E. */
  static int fidOfShortId(int sfi) {
    return switch (sfi) {
      case 0x1C -> EF_CARD_ACCESS;
      case 0x1D -> EF_SOD;
      case 0x1E -> EF_COM;
      default -> 0x0100 + sfi;
    };
  }
}
