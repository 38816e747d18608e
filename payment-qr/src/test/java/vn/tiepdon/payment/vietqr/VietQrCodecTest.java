package vn.tiepdon.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.BankBin;

class VietQrCodecTest {
  static final String EXAMPLE_A =
      "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045406150000"
          + "5802VN62200816BV HD2409150012363044B11";
  static final String MAX_FIELDS_290 =
      "00020101021238630010A00000072701330006970436011999999999999999999990208QRIBFTTA52048062530"
          + "3704541399999999999995802VN5925AAAAAAAAAAAAAAAAAAAAAAAAA6015BBBBBBBBBBBBBBB6110CCCCCCCCCC"
          + "62990125DDDDDDDDDDDDDDDDDDDDDDDDD0525EEEEEEEEEEEEEEEEEEEEEEEEE0825GGGGGGGGGGGGGGGGGGGGGGGG"
          + "G0708FFFFFFFF6304DEE8";

  private final VietQrCodec codec = new VietQrCodec();

  static Stream<Arguments> publishedVectors() throws IOException {
    try (InputStream in =
        VietQrCodecTest.class.getResourceAsStream("/vietqr/published-vectors.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split("\\|", 2))
              .map(cells -> Arguments.of(cells[0], cells[1]))
              .toList()
              .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedVectors")
  void everyPublishedVectorDecodesAndReencodesIdentically(String name, String payload)
      throws Exception {
    VietQrPayload decoded = codec.decode(payload);

    assertThat(codec.encode(decoded)).isEqualToIgnoringCase(payload);
  }

  @Test
  void exampleAIsBuiltExactlyFromItsFields() {
    VietQrPayload payload =
        VietQrPayload.builder(BankBin.of("970436"), "0011001234567")
            .amount(Money.ofDong(150_000))
            .purpose("BV HD24091500123")
            .build();

    assertThat(codec.encode(payload)).isEqualTo(EXAMPLE_A);
  }

  @Test
  void exampleADecodesToItsFields() throws Exception {
    VietQrPayload payload = codec.decode(EXAMPLE_A);

    assertThat(payload.bin()).isEqualTo(BankBin.of("970436"));
    assertThat(payload.account()).isEqualTo("0011001234567");
    assertThat(payload.service()).contains(ServiceCode.ACCOUNT);
    assertThat(payload.dynamic()).isTrue();
    assertThat(payload.amount()).contains(Money.ofDong(150_000));
    assertThat(payload.currency()).isEqualTo("704");
    assertThat(payload.country()).isEqualTo("VN");
    assertThat(payload.purpose()).contains("BV HD24091500123");
    assertThat(payload.billNumber()).isEmpty();
  }

  @Test
  void exampleBCarriesNameCityBillTerminalAndAFullLengthPurpose() throws Exception {
    VietQrPayload payload =
        codec.decode(
            "00020101021238580010A000000727012800069704180114215100012345670208QRIBFTTA530370454072"
                + "3500005802VN5921BENH VIEN DA KHOA ABC6006HA NOI62570113HD240915001230707KIOSK010825TT"
                + " VIEN PHI HD2409150012363044334");

    assertThat(payload.bin().value()).isEqualTo("970418");
    assertThat(payload.amount()).contains(Money.ofDong(2_350_000));
    assertThat(payload.merchantName()).contains("BENH VIEN DA KHOA ABC");
    assertThat(payload.merchantCity()).contains("HA NOI");
    assertThat(payload.billNumber()).contains("HD24091500123");
    assertThat(payload.terminalLabel()).contains("KIOSK01");
    assertThat(payload.purpose())
        .contains("TT VIEN PHI HD24091500123")
        .get()
        .asString()
        .hasSize(25);
  }

  @Test
  void staticCardCodeHasNoAmount() throws Exception {
    VietQrPayload payload =
        codec.decode(
            "00020101021138600010A00000072701300006970415011697041501234567890208QRIBFTTC53037045802"
                + "VN6304CD24");

    assertThat(payload.dynamic()).isFalse();
    assertThat(payload.service()).contains(ServiceCode.CARD);
    assertThat(payload.amount()).isEmpty();
    assertThat(payload.account()).isEqualTo("9704150123456789");
  }

  @Test
  void merchantStyleCodeWithoutServiceCodeKeepsMccAndStoreLabel() throws Exception {
    VietQrPayload payload =
        codec.decode(
            "00020101021138480010A00000072701300006970403011621129950446040255204581253037045802VN"
                + "5910PHUONG CAC6005HANOI62110307NPS686963045802");

    assertThat(payload.service()).isEmpty();
    assertThat(payload.merchantCategoryCode()).contains("5812");
    assertThat(payload.additional(AdditionalField.STORE_LABEL)).contains("NPS6869");
  }

  @Test
  void largestPayloadIsWellFormedButItsAmountIsAboveTheNapasCap() {
    // The 290-character worst case of vietqr.md 1.6 fills tag 54 with 13 nines: structure and CRC
    // are sound, the amount is not payable through NAPAS 247.
    assertThatThrownBy(() -> codec.decode(MAX_FIELDS_290))
        .isInstanceOfSatisfying(
            VietQrDecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(VietQrDecodeException.Reason.AMOUNT_OUT_OF_RANGE);
              assertThat(e.tag()).isEqualTo("54");
              assertThat(e.position()).isEqualTo(MAX_FIELDS_290.indexOf("54139999"));
            });
  }

  @Test
  void largestPayableCodeRoundTripsWithSubFieldsInAscendingOrder() throws Exception {
    String payable =
        withCrc(MAX_FIELDS_290.substring(0, 282).replace("54139999999999999", "5409499999999"));
    VietQrPayload payload = codec.decode(payable);
    String reencoded = codec.encode(payload);

    assertThat(reencoded).hasSize(payable.length());
    assertThat(reencoded.indexOf("0525")).isLessThan(reencoded.indexOf("0708"));
    assertThat(codec.decode(reencoded)).isEqualTo(payload);
    assertThat(payload.amount()).contains(Money.ofDong(499_999_999));
  }

  @Test
  void crcIsCcittFalse() {
    assertThat(Crc16.of("123456789")).isEqualTo(0x29B1);
    assertThat(Crc16.hex("")).isEqualTo("FFFF");
  }

  @Test
  void lineBreaksAScannerAppendsAreIgnored() throws Exception {
    assertThat(codec.decode(EXAMPLE_A + "\r\n")).isEqualTo(codec.decode(EXAMPLE_A));
  }

  @Test
  void amountWithTrailingDotIsAcceptedAsNapasAllows() throws Exception {
    String payload = withCrc(EXAMPLE_A_BODY.replace("540615000058", "5407150000.58"));

    assertThat(codec.decode(payload).amount()).contains(Money.ofDong(150_000));
  }

  static final String EXAMPLE_A_BODY = EXAMPLE_A.substring(0, EXAMPLE_A.length() - 8);

  /** Appends a correct CRC object to {@code body}. */
  static String withCrc(String body) {
    return body + "6304" + Crc16.hex(body + "6304");
  }
}
