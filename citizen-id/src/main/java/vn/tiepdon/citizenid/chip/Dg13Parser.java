package vn.tiepdon.citizenid.chip;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;

/**
 * Reads the Vietnamese DG13 with a real BER parser: {@code 6D { SEQUENCE { INTEGER 1, OID, SET {
 * SEQUENCE { INTEGER n, value… } … } } }}. Fields are keyed by their number, never by position;
 * PrintableString and UTF8String are both accepted anywhere; strings nested under a field (parents,
 * spouse) are collected in order; unknown numbers are ignored.
 */
public final class Dg13Parser {
  private static final int DG13_TAG = 13;
  private static final DateTimeFormatter CARD_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Dg13Parser() {}

  /**
   * @throws MalformedChipDataException naming the field number and the problem
   */
  public static ChipCitizenData parse(byte[] dg13) {
    Map<Integer, List<String>> fields = fields(dg13);
    return new ChipCitizenData(
        id(required(fields, 1)),
        required(fields, 2),
        date(3, required(fields, 3)),
        sex(required(fields, 4)),
        first(fields, 5),
        first(fields, 6),
        first(fields, 7),
        first(fields, 8),
        required(fields, 9),
        first(fields, 10),
        date(11, required(fields, 11)),
        first(fields, 12).flatMap(Dg13Parser::optionalDate),
        nth(fields, 13, 0),
        nth(fields, 13, 1),
        first(fields, 14),
        first(fields, 15),
        first(fields, 16));
  }

  private static Map<Integer, List<String>> fields(byte[] dg13) {
    ASN1Primitive root;
    try (ASN1InputStream in = new ASN1InputStream(dg13)) {
      root = in.readObject();
    } catch (IOException | RuntimeException e) {
      throw new MalformedChipDataException("DG13 is not valid BER: " + e.getMessage(), e);
    }
    if (!(root instanceof ASN1TaggedObject tagged)
        || tagged.getTagClass() != BERTags.APPLICATION
        || tagged.getTagNo() != DG13_TAG) {
      throw new MalformedChipDataException("DG13 must start with tag 6D ([APPLICATION 13])");
    }
    Map<Integer, List<String>> fields = new HashMap<>();
    try {
      for (ASN1Encodable element : sequence(tagged.getExplicitBaseObject(), "DG13 body")) {
        if (element instanceof ASN1Set set) {
          set.forEach(field -> addField(fields, field));
        }
      }
    } catch (MalformedChipDataException e) {
      throw e;
    } catch (RuntimeException e) {
      // BouncyCastle decodes nested objects and strings lazily: bad inner bytes (invalid UTF-8,
      // a huge field number) surface here, found by Dg13ParserFuzzTest.
      throw new MalformedChipDataException("DG13 content is malformed: " + e.getMessage(), e);
    }
    return fields;
  }

  private static void addField(Map<Integer, List<String>> fields, ASN1Encodable field) {
    ASN1Sequence entry = sequence(field, "DG13 field");
    if (entry.size() == 0 || !(entry.getObjectAt(0) instanceof ASN1Integer number)) {
      throw new MalformedChipDataException("DG13 field must start with its INTEGER number");
    }
    List<String> values = new ArrayList<>();
    for (int i = 1; i < entry.size(); i++) {
      collectStrings(entry.getObjectAt(i), values);
    }
    fields.put(number.intValueExact(), values);
  }

  private static void collectStrings(ASN1Encodable value, List<String> into) {
    if (value instanceof ASN1String text) {
      into.add(text.getString());
    } else if (value instanceof ASN1Sequence nested) {
      nested.forEach(inner -> collectStrings(inner, into));
    }
  }

  private static ASN1Sequence sequence(ASN1Encodable value, String what) {
    if (value instanceof ASN1Sequence sequence) {
      return sequence;
    }
    throw new MalformedChipDataException(what + " must be a SEQUENCE");
  }

  private static String required(Map<Integer, List<String>> fields, int number) {
    return first(fields, number)
        .orElseThrow(
            () -> new MalformedChipDataException("DG13 field " + number + " is missing or empty"));
  }

  private static Optional<String> first(Map<Integer, List<String>> fields, int number) {
    return nth(fields, number, 0);
  }

  private static Optional<String> nth(Map<Integer, List<String>> fields, int number, int index) {
    List<String> values = fields.getOrDefault(number, List.of());
    return index < values.size()
        ? Optional.of(values.get(index).strip()).filter(v -> !v.isEmpty())
        : Optional.empty();
  }

  private static CitizenId id(String text) {
    try {
      return CitizenId.of(text);
    } catch (IllegalArgumentException e) {
      throw new MalformedChipDataException("DG13 field 1: " + e.getMessage(), e);
    }
  }

  private static Sex sex(String text) {
    String nfc = ChipCitizenData.nfc(text);
    for (Sex sex : Sex.values()) {
      if (sex.cardText().equalsIgnoreCase(nfc)) {
        return sex;
      }
    }
    throw new MalformedChipDataException("DG13 field 4 (sex) must be Nam or Nữ, was '" + nfc + "'");
  }

  private static LocalDate date(int field, String text) {
    return optionalDate(text)
        .orElseThrow(
            () ->
                new MalformedChipDataException(
                    "DG13 field " + field + " must be a dd/MM/yyyy date, was '" + text + "'"));
  }

  private static Optional<LocalDate> optionalDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip(), CARD_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
