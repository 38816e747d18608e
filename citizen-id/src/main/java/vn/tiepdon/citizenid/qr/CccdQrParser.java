package vn.tiepdon.citizenid.qr;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tiepdon.citizenid.CardField;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.FieldProblem;
import vn.tiepdon.citizenid.InvalidCardException;
import vn.tiepdon.citizenid.Provinces;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.citizenid.chip.ChipAccess;

/**
 * Reads the text of the QR code on a CCCD (2021, 7 fields) or Căn cước (2024, 11 fields) card:
 * {@code id|oldId|fullName|ddMMyyyy|Nam/Nữ|address|ddMMyyyy[||||]}. Fields are positional, so empty
 * ones are kept; a CR, LF or TAB the scanner appends is dropped. Thread-safe.
 */
public final class CccdQrParser {
  /** Far more than a QR code holds (2953 bytes at most); longer text is not a card's. */
  static final int MAX_LENGTH = 4096;

  private static final Pattern SEPARATOR = Pattern.compile("\\|");
  private static final Pattern TRAILING_TERMINATORS = Pattern.compile("[\\r\\n\\t]+$");
  private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");
  private static final DateTimeFormatter QR_DATE =
      DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final int MAX_QUOTED = 20;

  private final Clock clock;
  private final CardWarnings cardWarnings;

  public CccdQrParser(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.cardWarnings = new CardWarnings();
  }

  /**
   * @throws InvalidCccdQrException {@code NOT_A_CCCD_QR} for another layout, {@code INVALID_FIELD}
   *     naming the field and problem when a rule is broken
   */
  public CccdQrReading parse(String qrText) throws InvalidCccdQrException {
    String[] fields = split(Objects.requireNonNull(qrText, "qrText"));
    CardType type =
        fields.length == CardType.CCCD_2021.qrFieldCount()
            ? CardType.CCCD_2021
            : CardType.CAN_CUOC_2024;
    CitizenCard card = card(fields, type);
    return new CccdQrReading(
        card,
        cardWarnings.of(card, LocalDate.now(clock)),
        ChipAccess.of(card),
        card.id().provinceCode(),
        Provinces.nameOf(card.id().provinceCode()),
        extraFields(fields));
  }

  private static String[] split(String qrText) throws InvalidCccdQrException {
    if (qrText.length() > MAX_LENGTH) {
      throw InvalidCccdQrException.notACccdQr(
          "text has " + qrText.length() + " characters, more than a QR code holds");
    }
    String text = TRAILING_TERMINATORS.matcher(stripByteOrderMark(qrText)).replaceFirst("");
    String[] fields = SEPARATOR.split(text, -1);
    if (fields.length != CardType.CCCD_2021.qrFieldCount()
        && fields.length != CardType.CAN_CUOC_2024.qrFieldCount()) {
      throw InvalidCccdQrException.notACccdQr(
          "expected 7 (CCCD) or 11 (Căn cước) '|'-separated fields, found " + fields.length);
    }
    return fields;
  }

  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private CitizenCard card(String[] fields, CardType type) throws InvalidCccdQrException {
    CitizenId id = id(fields[0]);
    LocalDate dateOfBirth = pastDate(CardField.DATE_OF_BIRTH, "dateOfBirth", fields[3]);
    Sex sex = sex(fields[4]);
    LocalDate issueDate = pastDate(CardField.ISSUE_DATE, "issueDate", fields[6]);
    try {
      return CitizenCard.withLawfulExpiry(
          id,
          Optional.of(fields[1]).filter(oldId -> !oldId.isEmpty()),
          fields[2],
          dateOfBirth,
          sex,
          fields[5],
          issueDate,
          type);
    } catch (InvalidCardException e) {
      throw InvalidCccdQrException.invalidField(e.field(), e.problem(), e.getMessage());
    }
  }

  private static CitizenId id(String field) throws InvalidCccdQrException {
    Optional<String> problem = CitizenId.problemWith(field);
    if (problem.isEmpty()) {
      return CitizenId.of(field);
    }
    FieldProblem kind =
        field.isEmpty()
            ? FieldProblem.MISSING
            : field.length() != 12 ? FieldProblem.WRONG_LENGTH : FieldProblem.NOT_DIGITS;
    throw InvalidCccdQrException.invalidField(CardField.ID, kind, "id " + problem.get());
  }

  private LocalDate pastDate(CardField field, String name, String text)
      throws InvalidCccdQrException {
    LocalDate date = date(field, name, text);
    LocalDate today = LocalDate.now(clock);
    if (date.isAfter(today)) {
      throw InvalidCccdQrException.invalidField(
          field, FieldProblem.IN_FUTURE, name + " " + date + " is after today " + today);
    }
    return date;
  }

  private static LocalDate date(CardField field, String name, String text)
      throws InvalidCccdQrException {
    if (text.isEmpty()) {
      throw InvalidCccdQrException.invalidField(field, FieldProblem.MISSING, name + " is empty");
    }
    if (EIGHT_DIGITS.matcher(text).matches()) {
      try {
        return LocalDate.parse(text, QR_DATE);
      } catch (DateTimeParseException e) {
        throw InvalidCccdQrException.invalidField(
            field, FieldProblem.NOT_A_DATE, name + " " + quoted(text) + " is not a calendar date");
      }
    }
    throw InvalidCccdQrException.invalidField(
        field, FieldProblem.NOT_A_DATE, name + " must be 8 digits ddMMyyyy, was " + quoted(text));
  }

  private static Sex sex(String text) throws InvalidCccdQrException {
    String word = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (word.isEmpty()) {
      throw InvalidCccdQrException.invalidField(
          CardField.SEX, FieldProblem.MISSING, "sex is empty");
    }
    for (Sex sex : Sex.values()) {
      if (sex.cardText().equals(word)) {
        return sex;
      }
    }
    throw InvalidCccdQrException.invalidField(
        CardField.SEX, FieldProblem.UNKNOWN_VALUE, "sex must be Nam or Nữ, was " + quoted(text));
  }

  private static List<String> extraFields(String[] fields) {
    return Arrays.stream(fields, CardType.CCCD_2021.qrFieldCount(), fields.length)
        .map(field -> Normalizer.normalize(field, Normalizer.Form.NFC))
        .toList();
  }

  /** Quotes a bad value for a developer message, cut short and with control characters escaped. */
  private static String quoted(String text) {
    String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
    StringBuilder out = new StringBuilder("'");
    shown
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('\'').toString();
  }
}
