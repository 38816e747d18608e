package vn.tiepdon.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.BankBin;

class VietQrPayloadTest {
  private static final BankBin VCB = BankBin.of("970436");

  private static VietQrPayload.Builder builder() {
    return VietQrPayload.builder(VCB, "0011001234567");
  }

  @Test
  void vietnamesePurposeIsFoldedToAsciiIncludingDStroke() {
    VietQrPayload payload = builder().purpose("Thanh toán viện phí Đợt 2").build();

    assertThat(payload.purpose()).contains("Thanh toan vien phi Dot 2");
  }

  @Test
  void billNumberWithDStrokeKeepsTheLetter() {
    assertThat(builder().billNumber("HĐ24").build().billNumber()).contains("HD24");
  }

  @Test
  void purposeTooLongAfterFoldingIsRejectedNotCut() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().purpose("Thanh toán viện phí khám bệnh"))
        .withMessageContaining("purpose (62.08)")
        .withMessageContaining("at most 25")
        .withMessageContaining("Thanh toan vien phi kham benh");
  }

  @Test
  void purposeOfOnlyUnfoldableCharactersIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().purpose("💳"))
        .withMessageContaining("must not be empty");
  }

  @Test
  void amountMustBePositiveAndBelowTheNapasCap() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().amount(Money.ZERO))
        .withMessageContaining("amount must be 1..499999999 dong, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().amount(Money.ofDong(500_000_000)))
        .withMessageContaining("was 500000000");
    assertThat(builder().amount(Money.ofDong(499_999_999)).build().amount())
        .contains(Money.ofDong(499_999_999));
  }

  @Test
  void accountMustBeLettersOrDigitsUpTo19() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VietQrPayload.builder(VCB, "0011-0012"))
        .withMessage("account must be 1-19 letters or digits, was \"0011-0012\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VietQrPayload.builder(VCB, "12345678901234567890"));
    assertThat(VietQrPayload.builder(BankBin.of("970454"), "99MM24011M34875080").build().account())
        .isEqualTo("99MM24011M34875080");
  }

  @Test
  void additionalDataAsAWholeIsLimitedTo99() {
    VietQrPayload.Builder full =
        builder().purpose("A".repeat(25)).billNumber("B".repeat(25)).referenceLabel("C".repeat(25));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> full.terminalLabel("T".repeat(10)).build())
        .withMessage("additional data (tag 62) must be at most 99 characters, was 101");
  }

  @Test
  void consumerDataRequestIsAmeEachOnce() {
    assertThat(builder().additional(AdditionalField.CONSUMER_DATA_REQUEST, "AME").build())
        .isNotNull();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().additional(AdditionalField.CONSUMER_DATA_REQUEST, "AA"));
  }

  @Test
  void toBuilderMakesAnEqualCopy() {
    VietQrPayload payload =
        builder().amount(Money.ofDong(1000)).purpose("X").otherRootField(64, "ALT").build();

    assertThat(payload.toBuilder().build()).isEqualTo(payload).hasSameHashCodeAs(payload);
    assertThat(payload.toBuilder().dynamic(false).build()).isNotEqualTo(payload);
  }

  @Test
  void unknownRootFieldsAreKeptAndEncodedInOrder() throws Exception {
    VietQrCodec codec = new VietQrCodec();
    VietQrPayload payload = builder().otherRootField(64, "0002vi").otherRootField(26, "X").build();

    String encoded = codec.encode(payload);

    assertThat(encoded).contains("2601X38").contains("5802VN64060002vi6304");
    assertThat(codec.decode(encoded)).isEqualTo(payload);
  }
}
