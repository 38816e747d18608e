package vn.tiepdon.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tiepdon.payment.vietqr.VietQrCodecTest.EXAMPLE_A;
import static vn.tiepdon.payment.vietqr.VietQrCodecTest.EXAMPLE_A_BODY;
import static vn.tiepdon.payment.vietqr.VietQrCodecTest.withCrc;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.AMOUNT_OUT_OF_RANGE;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.CRC_MISMATCH;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.DUPLICATE_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.EMPTY;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.INVALID_VALUE;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_AMOUNT;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_CRC;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_LENGTH;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MISPLACED_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MISSING_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.TRAILING_DATA;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.TRUNCATED;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.UNEXPECTED_VALUE;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.UNKNOWN_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.UNSUPPORTED_TAG;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason;

/**
 * Every way a payload is rejected, with the object and position named. Payloads other than the CRC
 * cases carry a correct CRC, so each proves the check it is about, not the CRC.
 */
class VietQrStrictDecodingTest {
  private final VietQrCodec codec = new VietQrCodec();

  // Example A, annotated: 000201 | 010212 | 38 57 (16..72) | 5303704 (73) | 5406150000 (80)
  // | 5802VN (90) | 6220 0816 BV HD24091500123 (96) | 6304 4B11 (120)
  private static final int TAG_53 = 73;
  private static final int TAG_54 = 80;
  private static final int TAG_62 = 96;
  private static final int TAG_63 = 120;

  @Test
  void emptyPayload() {
    assertRejected("", EMPTY, "-", 0);
    assertRejected("\r\n", EMPTY, "-", 0);
  }

  @Test
  void objectIdThatIsNotDigits() {
    assertRejected("0A0201" + EXAMPLE_A.substring(6), MALFORMED_TAG, "-", 0);
  }

  @Test
  void lengthThatIsNotDigits() {
    assertRejected(EXAMPLE_A.replace("5303704", "53X3704"), MALFORMED_LENGTH, "53", TAG_53);
  }

  @Test
  void lengthZero() {
    assertRejected(withCrc(EXAMPLE_A_BODY + "6400"), MALFORMED_LENGTH, "64", TAG_63);
  }

  @Test
  void payloadCutShort() {
    VietQrDecodeException e = assertRejected(EXAMPLE_A.substring(0, 60), TRUNCATED, "38", 12);
    assertThat(e.detail()).contains("length says 57").contains("only 44 remain");
  }

  @Test
  void napasErratumWithAccountLengthOneShortIsRejectedInsideTheTemplate() {
    // [NAPAS-VN] 6.1.1 as printed: 38.01.01 says 12 for a 13-digit account; its CRC is valid.
    String printed =
        "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN"
            + "6304F4E5";

    VietQrDecodeException e = assertRejected(printed, TRUNCATED, "38.01", 60);
    assertThat(e.detail()).contains("\"8\"");
  }

  @Test
  void serviceCodeNestedInsideTheBeneficiaryTemplate() {
    // binhnguyenduc/vietqr-ts fixture: CRC-valid, structurally wrong.
    String nested =
        "00020101021238570010A00000072701390006970422011301234567890200208QRIBFTTA5303704540550000"
            + "5802VN62160812Test Payment630495B6";

    assertRejected(nested, UNKNOWN_TAG, "38.01.02", 61);
  }

  @Test
  void duplicateObject() {
    assertRejected(withCrc(EXAMPLE_A_BODY + "5802VN"), DUPLICATE_TAG, "58", TAG_63);
  }

  @Test
  void missingCrc() {
    assertRejected(EXAMPLE_A_BODY, MISSING_TAG, "63", EXAMPLE_A_BODY.length());
  }

  @Test
  void missingCurrency() {
    assertRejected(withCrc(EXAMPLE_A_BODY.replace("5303704", "")), MISSING_TAG, "53", 0);
  }

  @Test
  void missingAccountInTheBeneficiaryTemplate() {
    String body =
        EXAMPLE_A_BODY.replace(
            "38570010A00000072701270006970436011300110012345670208QRIBFTTA",
            "38400010A000000727011000069704360208QRIBFTTA");
    VietQrDecodeException e = assertRejected(withCrc(body), MISSING_TAG, "38.01.01", 30);
    assertThat(e.detail()).contains("template 38.01");
  }

  @Test
  void payloadThatDoesNotStartWithPayloadFormat() {
    String body = EXAMPLE_A_BODY.substring(6) + "000201";
    assertRejected(withCrc(body), MISPLACED_TAG, "00", 0);
  }

  @Test
  void charactersAfterTheCrc() {
    assertRejected(EXAMPLE_A + "0000", TRAILING_DATA, "63", EXAMPLE_A.length());
  }

  @Test
  void crcThatIsNotHex() {
    assertRejected(EXAMPLE_A_BODY + "6304XY12", MALFORMED_CRC, "63", TAG_63);
  }

  @Test
  void crcOfAnotherPayload() {
    VietQrDecodeException e =
        assertRejected(EXAMPLE_A.replace("5406150000", "5406950000"), CRC_MISMATCH, "63", TAG_63);
    assertThat(e.detail()).contains("4B11");
  }

  @Test
  void crcComparisonIgnoresCase() throws Exception {
    assertThat(codec.decode(EXAMPLE_A.replace("4B11", "4b11")).purpose())
        .contains("BV HD24091500123");
  }

  @Test
  void unknownPayloadFormat() {
    assertRejected(withCrc("000202" + EXAMPLE_A_BODY.substring(6)), UNEXPECTED_VALUE, "00", 0);
  }

  @Test
  void unknownPointOfInitiation() {
    assertRejected(withCrc(EXAMPLE_A_BODY.replace("010212", "010213")), UNEXPECTED_VALUE, "01", 6);
  }

  @Test
  void foreignGuid() {
    assertRejected(
        withCrc(EXAMPLE_A_BODY.replace("A000000727", "A000000728")), UNEXPECTED_VALUE, "38.00", 16);
  }

  @Test
  void unknownServiceCode() {
    String body = EXAMPLE_A_BODY.replace("3857", "3855").replace("0208QRIBFTTA", "0206QRPUSH");
    VietQrDecodeException e = assertRejected(withCrc(body), UNEXPECTED_VALUE, "38.02", 61);
    assertThat(e.detail()).contains("QRPUSH");
  }

  @Test
  void currencyOtherThanDong() {
    assertRejected(
        withCrc(EXAMPLE_A_BODY.replace("5303704", "5303840")), UNEXPECTED_VALUE, "53", TAG_53);
  }

  @Test
  void countryOtherThanVietnam() {
    assertRejected(withCrc(EXAMPLE_A_BODY.replace("5802VN", "5802TH")), UNEXPECTED_VALUE, "58", 90);
  }

  @Test
  void tipOrFee() {
    assertRejected(
        withCrc(EXAMPLE_A_BODY.replace("5802VN", "550201" + "5802VN")), UNSUPPORTED_TAG, "55", 90);
  }

  @Test
  void binWithALetter() {
    assertRejected(
        withCrc(EXAMPLE_A_BODY.replace("0006970436", "000697043A")), INVALID_VALUE, "38.01.00", 34);
  }

  @Test
  void purposeWithDiacritics() {
    String body = EXAMPLE_A_BODY.replace("62200816BV HD24091500123", "62140810Thanh toán");
    VietQrDecodeException e = assertRejected(withCrc(body), INVALID_VALUE, "62.08", TAG_62 + 4);
    assertThat(e.detail()).contains("ASCII");
  }

  @Test
  void purposeLongerThan25() {
    String body =
        EXAMPLE_A_BODY.replace("62200816BV HD24091500123", "62300826TT VIEN PHI HD240915001234");
    assertRejected(withCrc(body), INVALID_VALUE, "62.08", TAG_62 + 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"150,000", "15 000", "1500.5", "-15000", "1.5e5", "0", "000", "0."})
  void malformedAmounts(String amount) {
    String body =
        EXAMPLE_A_BODY.replace(
            "5406150000", "54" + String.format("%02d", amount.length()) + amount);
    VietQrDecodeException e = assertRejected(withCrc(body), MALFORMED_AMOUNT, "54", TAG_54);
    assertThat(e.getMessage()).contains("54").contains(String.valueOf(TAG_54));
  }

  @Test
  void amountAtTheNapasCap() {
    String body = EXAMPLE_A_BODY.replace("5406150000", "5409500000000");
    assertRejected(withCrc(body), AMOUNT_OUT_OF_RANGE, "54", TAG_54);
  }

  private VietQrDecodeException assertRejected(
      String payload, Reason reason, String tag, int position) {
    VietQrDecodeException e =
        catchThrowableOfType(VietQrDecodeException.class, () -> codec.decode(payload));
    assertThat(e).as("decoding %s", payload).isNotNull();
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    assertThat(e.tag()).as(e.getMessage()).isEqualTo(tag);
    assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
    assertThat(e.getMessage())
        .startsWith("tag " + tag + " at position " + position + ": " + reason);
    return e;
  }
}
