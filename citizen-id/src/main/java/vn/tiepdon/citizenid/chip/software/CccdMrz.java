package vn.tiepdon.citizenid.chip.software;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.citizenid.chip.MrzCheckDigit;

/**
 * The TD1 MRZ (3 × 30) of a CCCD as found on real cards (cccd.md 3.2): document number = the last 9
 * digits of the ID, optional data 1 = the 12 digits, {@code <<} and their check digit.
 */
final class CccdMrz {
  /** The expiry one vendor sample shows for a card without expiry; not confirmed. */
  static final LocalDate NO_EXPIRY = LocalDate.of(2099, 12, 31);

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final int LINE = 30;

  private CccdMrz() {}

  static String of(CitizenCard card) {
    String id = card.id().value();
    String documentNumber = card.id().documentNumber();
    String line1 =
        "IDVNM"
            + documentNumber
            + MrzCheckDigit.of(documentNumber)
            + id
            + "<<"
            + MrzCheckDigit.of(id);
    String birth = YYMMDD.format(card.dateOfBirth());
    String expiry = YYMMDD.format(expiryOf(card));
    String line2Start =
        birth
            + MrzCheckDigit.of(birth)
            + (card.sex() == Sex.MALE ? "M" : "F")
            + expiry
            + MrzCheckDigit.of(expiry)
            + "VNM";
    String optional2 = "<".repeat(11);
    String composite =
        line1.substring(5)
            + birth
            + MrzCheckDigit.of(birth)
            + expiry
            + MrzCheckDigit.of(expiry)
            + optional2;
    String line2 = line2Start + optional2 + MrzCheckDigit.of(composite);
    return line1 + line2 + pad(nameLine(card.fullName()));
  }

  static LocalDate expiryOf(CitizenCard card) {
    return card.expiryDate().orElse(NO_EXPIRY);
  }

  /** {@code SURNAME<<GIVEN<NAMES}: the first word is the family name; diacritics dropped. */
  private static String nameLine(String fullName) {
    String[] words = ascii(fullName).split("\\s+");
    StringBuilder line = new StringBuilder(words[0]).append("<<");
    for (int i = 1; i < words.length; i++) {
      line.append(i > 1 ? "<" : "").append(words[i]);
    }
    return line.length() > LINE ? line.substring(0, LINE) : line.toString();
  }

  private static String ascii(String text) {
    String decomposed =
        Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toUpperCase().replaceAll("[^A-Z ]", "");
  }

  private static String pad(String line) {
    return line + "<".repeat(LINE - line.length());
  }
}
