package vn.tiepdon.citizenid.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.citizenid.CardField;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.FieldProblem;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.citizenid.qr.CccdWarning.Kind;

class CccdQrParserTest {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-01-01T03:00:00Z"), VIETNAM);

  /** The three made-up citizens of the domain notes, section 1.5. */
  static final String AN =
      "079085001234|025123456|Nguyễn Văn An|15031985|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|20042021";

  static final String BINH =
      "001304009876||Trần Thị Bình|02092004|Nữ|Số 5 Ngõ 10 Phố Huế, Hai Bà Trưng, Hà Nội|10102021";
  static final String CUC =
      "048195005678|201234567|Lê Thị Cúc|21071995|Nữ|Tổ 3, Phường Hải Châu, Thành phố Đà Nẵng|05032025||||";

  private final CccdQrParser parser =
      new CccdQrParser(Clock.fixed(Instant.parse("2025-06-01T03:00:00Z"), VIETNAM));

  @Test
  void readsACccd2021WithOldId() throws Exception {
    CccdQrReading reading = new CccdQrParser(MID_2025).parse(AN);

    assertThat(reading.card().id()).isEqualTo(CitizenId.of("079085001234"));
    assertThat(reading.card().oldId()).contains("025123456");
    assertThat(reading.card().fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(reading.card().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(reading.card().sex()).isEqualTo(Sex.MALE);
    assertThat(reading.card().address())
        .isEqualTo("12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh");
    assertThat(reading.card().issueDate()).isEqualTo(LocalDate.of(2021, 4, 20));
    assertThat(reading.card().cardType()).isEqualTo(CardType.CCCD_2021);
    assertThat(reading.card().expiryDate()).contains(LocalDate.of(2025, 3, 15));
    assertThat(reading.provinceCode()).isEqualTo("079");
    assertThat(reading.province()).contains("TP. Hồ Chí Minh");
    assertThat(reading.chipAccess().documentNumber()).isEqualTo("085001234");
    assertThat(reading.chipAccess().can()).isEqualTo("001234");
    assertThat(reading.warnings()).isEmpty();
    assertThat(reading.extraFields()).isEmpty();
  }

  @Test
  void readsACccd2021WithoutOldId() throws Exception {
    CccdQrReading reading = parser.parse(BINH);

    assertThat(reading.card().oldId()).isEmpty();
    assertThat(reading.card().sex()).isEqualTo(Sex.FEMALE);
    assertThat(reading.card().dateOfBirth()).isEqualTo(LocalDate.of(2004, 9, 2));
    assertThat(reading.card().expiryDate()).contains(LocalDate.of(2029, 9, 2));
    assertThat(reading.province()).contains("Hà Nội");
  }

  @Test
  void readsACanCuoc2024WithElevenFields() throws Exception {
    CccdQrReading reading = parser.parse(CUC);

    assertThat(reading.card().cardType()).isEqualTo(CardType.CAN_CUOC_2024);
    assertThat(reading.card().expiryDate()).contains(LocalDate.of(2035, 7, 21));
    assertThat(reading.extraFields()).containsExactly("", "", "", "");
    assertThat(reading.province()).contains("Đà Nẵng");
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void keepsNonEmptyExtraFieldsAsRead() throws Exception {
    CccdQrReading reading =
        parser.parse(CUC.replace("||||", "|079195001111|Lê Văn Bố|Trần Thị Mẹ|"));

    assertThat(reading.extraFields())
        .containsExactly("079195001111", "Lê Văn Bố", "Trần Thị Mẹ", "");
  }

  @ParameterizedTest(name = "terminator {0}")
  @ValueSource(strings = {"\r", "\n", "\r\n", "\t", "\n\r\n", "\t\r\n"})
  void dropsTheScannersTrailingTerminator(String terminator) throws Exception {
    assertThat(parser.parse(CUC + terminator).card()).isEqualTo(parser.parse(CUC).card());
    assertThat(parser.parse(BINH + terminator).card()).isEqualTo(parser.parse(BINH).card());
  }

  @Test
  void dropsAByteOrderMark() throws Exception {
    assertThat(parser.parse("\uFEFF" + BINH).card()).isEqualTo(parser.parse(BINH).card());
  }

  @Test
  void normalisesDecomposedTextToNfc() throws Exception {
    String nfd = Normalizer.normalize(CUC, Normalizer.Form.NFD);

    CccdQrReading reading = parser.parse(nfd);

    assertThat(nfd).isNotEqualTo(CUC);
    assertThat(reading.card().fullName()).isEqualTo("Lê Thị Cúc");
    assertThat(reading.card().address()).isEqualTo("Tổ 3, Phường Hải Châu, Thành phố Đà Nẵng");
    assertThat(reading.card()).isEqualTo(parser.parse(CUC).card());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "'';empty text, 1 field",
        "079085001234;one field",
        "https://example.com/?a=b;a URL",
        "00020101021238570010A000000727;a VietQR payload",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|12 Lê Lợi;6 fields",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|12 Lê Lợi|20042021|;8 fields",
        "048195005678|201234567|Lê Thị Cúc|21071995|Nữ|Tổ 3|05032025|||;10 fields",
        "048195005678|201234567|Lê Thị Cúc|21071995|Nữ|Tổ 3|05032025|||||;12 fields",
        "079085001234,025123456,Nguyễn Văn An,15031985,Nam,Quận 1,20042021;commas not pipes",
      })
  void otherTextIsNotACccdQr(String text, String why) {
    assertThatThrownBy(() -> parser.parse(text))
        .as(why)
        .isInstanceOfSatisfying(
            InvalidCccdQrException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InvalidCccdQrException.Reason.NOT_A_CCCD_QR);
              assertThat(e.field()).isEmpty();
              assertThat(e.problem()).isEmpty();
              assertThat(e.getMessage()).startsWith("expected 7 (CCCD) or 11 (Căn cước)");
            });
  }

  @Test
  void textLongerThanAnyQrIsNotACccdQr() {
    String huge = BINH + "x".repeat(CccdQrParser.MAX_LENGTH);

    assertThatThrownBy(() -> parser.parse(huge))
        .isInstanceOfSatisfying(
            InvalidCccdQrException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidCccdQrException.Reason.NOT_A_CCCD_QR))
        .hasMessageContaining("more than a QR code holds");
  }

  @ParameterizedTest(name = "[{index}] {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        // Field 0: the ID.
        "|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;ID;MISSING;empty id",
        "07908500123|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;ID;WRONG_LENGTH;11 digits",
        "0790850012345|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;ID;WRONG_LENGTH;13 digits",
        "07908500123O|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;ID;NOT_DIGITS;letter O",
        "0 9085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;ID;NOT_DIGITS;space",
        "079086001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;ID;DOES_NOT_MATCH_DATE_OF_BIRTH;year 86",
        "079285001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;ID;DOES_NOT_MATCH_DATE_OF_BIRTH;2085",
        // Field 1: the old CMND.
        "079085001234|02512345|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;OLD_ID;WRONG_LENGTH;8 digits",
        "079085001234|02512345678|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;OLD_ID;WRONG_LENGTH;11 digits",
        "079085001234|0251234X6|Nguyễn Văn An|15031985|Nam|Quận 1|20042021;OLD_ID;NOT_DIGITS;letter",
        // Field 2: the name.
        "079085001234|025123456||15031985|Nam|Quận 1|20042021;FULL_NAME;MISSING;empty name",
        "079085001234|025123456|   |15031985|Nam|Quận 1|20042021;FULL_NAME;MISSING;blank name",
        "079085001234|025123456|Nguy\uFFFDn Văn An|15031985|Nam|Quận 1|20042021;FULL_NAME;BAD_CHARACTERS;not UTF-8",
        "079085001234|025123456|Nguyễn\u0000Văn An|15031985|Nam|Quận 1|20042021;FULL_NAME;BAD_CHARACTERS;NUL",
        // Field 3: date of birth.
        "079085001234|025123456|Nguyễn Văn An||Nam|Quận 1|20042021;DATE_OF_BIRTH;MISSING;empty",
        "079085001234|025123456|Nguyễn Văn An|1503198|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;7 digits",
        "079085001234|025123456|Nguyễn Văn An|15/03/1985|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;slashes",
        "079085001234|025123456|Nguyễn Văn An|1985-03-15|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;ISO",
        "079085001234|025123456|Nguyễn Văn An|31021985|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;31 Feb",
        "079085001234|025123456|Nguyễn Văn An|29021985|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;29 Feb common year",
        "079085001234|025123456|Nguyễn Văn An|15131985|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;month 13",
        "079085001234|025123456|Nguyễn Văn An|00031985|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;day 0",
        "079085001234|025123456|Nguyễn Văn An|١٥٠٣١٩٨٥|Nam|Quận 1|20042021;DATE_OF_BIRTH;NOT_A_DATE;Arabic digits",
        "079226001234||Nguyễn Văn An|15032026|Nam|Quận 1|20042021;DATE_OF_BIRTH;IN_FUTURE;born next year",
        // Field 4: sex.
        "079085001234|025123456|Nguyễn Văn An|15031985||Quận 1|20042021;SEX;MISSING;empty",
        "079085001234|025123456|Nguyễn Văn An|15031985|M|Quận 1|20042021;SEX;UNKNOWN_VALUE;M",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nu|Quận 1|20042021;SEX;UNKNOWN_VALUE;Nu without diacritics",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nữ|Quận 1|20042021;SEX;DOES_NOT_MATCH_ID;even digit",
        "079185001234|025123456|Nguyễn Thị An|15031985|Nam|Quận 1|20042021;SEX;DOES_NOT_MATCH_ID;odd digit",
        // Field 5: address.
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận\u001b1|20042021;ADDRESS;BAD_CHARACTERS;ESC",
        // Field 6: issue date.
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|;ISSUE_DATE;MISSING;empty",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|2004202;ISSUE_DATE;NOT_A_DATE;7 digits",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|31042021;ISSUE_DATE;NOT_A_DATE;31 April",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|02062025;ISSUE_DATE;IN_FUTURE;tomorrow",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|15031985;ISSUE_DATE;BEFORE_BIRTH;on birth day",
        "079085001234|025123456|Nguyễn Văn An|15031985|Nam|Quận 1|01011980;ISSUE_DATE;BEFORE_BIRTH;before birth",
      })
  void brokenFieldIsNamedWithItsProblem(
      String text, CardField field, FieldProblem problem, String why) {
    assertThatThrownBy(() -> parser.parse(text))
        .as(why)
        .isInstanceOfSatisfying(
            InvalidCccdQrException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InvalidCccdQrException.Reason.INVALID_FIELD);
              assertThat(e.field()).contains(field);
              assertThat(e.problem()).contains(problem);
              String id = text.substring(0, text.indexOf('|'));
              if (id.length() == 12) {
                assertThat(e.getMessage()).doesNotContain(id);
              }
            });
  }

  @Test
  void todayIsNotTheFuture() throws Exception {
    String issuedToday = BINH.replace("10102021", "01062025");

    assertThat(parser.parse(issuedToday).card().issueDate()).isEqualTo(LocalDate.of(2025, 6, 1));
  }

  @Test
  void futureMeansAfterTheClocksDateInItsZone() {
    // 2025-05-31T20:00Z is already 1 June in Viet Nam (UTC+7).
    CccdQrParser evening =
        new CccdQrParser(Clock.fixed(Instant.parse("2025-05-31T20:00:00Z"), VIETNAM));

    assertThat(catchInvalid(evening, BINH.replace("10102021", "02062025")).problem())
        .contains(FieldProblem.IN_FUTURE);
  }

  @Test
  void messagesNeverHoldTheFullIdOrOldId() {
    String text = AN.replace("15031985", "15031986");

    InvalidCccdQrException e = catchInvalid(parser, text);

    assertThat(e.getMessage())
        .isEqualTo("id 079******234 encodes birth year 1985 but dateOfBirth is 1986-03-15")
        .doesNotContain("079085001234");
    assertThat(catchInvalid(parser, AN.replace("025123456", "02512345")).getMessage())
        .isEqualTo("oldId must be empty, 9 or 12 digits, got 8 characters");
  }

  @Test
  void dateMessagesQuoteTheBadValueShortAndEscaped() {
    InvalidCccdQrException e = catchInvalid(parser, AN.replace("15031985", "15\u00071985"));

    assertThat(e.getMessage())
        .isEqualTo("dateOfBirth must be 8 digits ddMMyyyy, was '15\\u00071985'");
  }

  @Test
  void unknownProvinceIsOnlyAWarning() throws Exception {
    CccdQrReading reading = parser.parse(CUC.replace("048195005678", "099195005678"));

    assertThat(reading.province()).isEmpty();
    assertThat(reading.provinceCode()).isEqualTo("099");
    assertThat(reading.warnings())
        .extracting(CccdWarning::kind)
        .containsExactly(Kind.UNKNOWN_PROVINCE);
    assertThat(reading.warnings().get(0).message())
        .isEqualTo("province code 099 is not in the legacy 63-province table");
  }

  @Test
  void expiredCardIsAWarning() throws Exception {
    CccdQrReading reading = parser.parse(AN);

    assertThat(reading.warnings()).extracting(CccdWarning::kind).containsExactly(Kind.EXPIRED);
    assertThat(reading.warnings().get(0)).hasToString("EXPIRED: card expired on 2025-03-15");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "7-field layout issued after 1 July 2024;"
            + "001304009876||Trần Thị Bình|02092004|Nữ|Hà Nội|01072024",
        "11-field layout issued before 1 July 2024;"
            + "001304009876||Trần Thị Bình|02092004|Nữ|Hà Nội|30062024||||",
      })
  void layoutThatDoesNotMatchTheIssueDateIsAWarning(String why, String text) throws Exception {
    assertThat(parser.parse(text).warnings())
        .as(why)
        .extracting(CccdWarning::kind)
        .containsExactly(Kind.LAYOUT_DOES_NOT_MATCH_ISSUE_DATE);
  }

  @Test
  void missingAddressIsAWarning() throws Exception {
    CccdQrReading reading = parser.parse("001304009876||Trần Thị Bình|02092004|Nữ||10102021");

    assertThat(reading.card().address()).isEmpty();
    assertThat(reading.warnings()).extracting(CccdWarning::kind).containsExactly(Kind.NO_ADDRESS);
  }

  @Test
  void holderOver120IsAWarning() throws Exception {
    CccdQrReading reading = parser.parse("001100001234||Lê Thị Thọ|01011900|Nữ|Hà Nội|01032021");

    assertThat(reading.warnings())
        .extracting(CccdWarning::kind)
        .containsExactly(Kind.IMPLAUSIBLE_AGE);
    assertThat(reading.card().expiryDate()).isEmpty();
  }

  @Test
  void readingToStringHidesPersonalData() throws Exception {
    CccdQrReading reading = parser.parse(CUC);

    assertThat(reading.toString())
        .contains("048******678")
        .doesNotContain("048195005678", "195005678", "Lê Thị Cúc", "201234567");
    assertThat(reading.chipAccess().toString()).doesNotContain("195005678", "005678");
  }

  private static InvalidCccdQrException catchInvalid(CccdQrParser parser, String text) {
    try {
      parser.parse(text);
    } catch (InvalidCccdQrException e) {
      return e;
    }
    throw new AssertionError("expected " + text + " to be refused");
  }
}
