package vn.tiepdon.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.BankBin;

class VietQrRoundTripTest {
  private final VietQrCodec codec = new VietQrCodec();

  @Property(tries = 2000)
  void decodingAnEncodedPayloadGivesItBack(@ForAll("payloads") VietQrPayload payload)
      throws Exception {
    String encoded = codec.encode(payload);

    assertThat(codec.decode(encoded)).isEqualTo(payload);
    assertThat(encoded).startsWith("000201").contains("0010A000000727");
    assertThat(encoded.substring(encoded.length() - 4)).matches("[0-9A-F]{4}");
  }

  @Property(tries = 1000)
  void changingAnyOneCharacterIsDetected(
      @ForAll("payloads") VietQrPayload payload,
      @ForAll("printable") char replacement,
      @ForAll int seed) {
    String encoded = codec.encode(payload);
    int at = Math.floorMod(seed, encoded.length());
    if (encoded.charAt(at) == replacement
        || Character.toUpperCase(encoded.charAt(at)) == Character.toUpperCase(replacement)
            && at >= encoded.length() - 4) {
      return;
    }
    String corrupted = encoded.substring(0, at) + replacement + encoded.substring(at + 1);

    assertThat(decodes(corrupted)).as(corrupted).isFalse();
  }

  /** Whatever arrives from a scanner, the decoder answers with a payload or a typed rejection. */
  @Property(tries = 1000)
  void garbageIsRejectedWithATypedErrorNeverAnotherException(
      @ForAll("payloads") VietQrPayload payload,
      @ForAll int seed,
      @ForAll("printable") char inserted,
      @ForAll("edits") int edit) {
    String encoded = codec.encode(payload);
    int at = Math.floorMod(seed, encoded.length());
    String mangled =
        switch (edit) {
          case 0 -> encoded.substring(0, at);
          case 1 -> encoded.substring(0, at) + encoded.substring(at + 1);
          case 2 -> encoded.substring(0, at) + inserted + encoded.substring(at);
          default -> encoded.substring(at) + encoded.substring(0, at);
        };
    try {
      codec.decode(mangled);
    } catch (VietQrDecodeException e) {
      assertThat(e.position()).isBetween(0, mangled.length());
      assertThat(e.getMessage()).startsWith("tag " + e.tag() + " at position " + e.position());
    }
  }

  @Property(tries = 1000)
  void randomTextIsRejectedWithATypedError(@ForAll("text") String text) {
    try {
      codec.decode(text);
    } catch (VietQrDecodeException e) {
      assertThat(e.reason()).isNotNull();
    }
  }

  @Provide
  Arbitrary<Integer> edits() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('0', '9').ofMaxLength(300),
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("0123456789ABVN ").ofMaxLength(300).map(s -> "000201" + s));
  }

  private boolean decodes(String payload) {
    try {
      codec.decode(payload);
      return true;
    } catch (VietQrDecodeException e) {
      return false;
    }
  }

  @Provide
  Arbitrary<Character> printable() {
    return Arbitraries.chars().range(' ', '~');
  }

  @Provide
  Arbitrary<VietQrPayload> payloads() {
    Arbitrary<String> bins = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> accounts =
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(19);
    Arbitrary<ServiceCode> services = Arbitraries.of(ServiceCode.values()).injectNull(0.1);
    Arbitrary<Long> amounts =
        Arbitraries.longs().between(1, VietQrPayload.MAX_AMOUNT_DONG).injectNull(0.3);
    Arbitrary<String> purposes = ans(25).injectNull(0.2);
    Arbitrary<String> bills = ans(25).injectNull(0.6);
    Arbitrary<String> terminals = ans(12).injectNull(0.6);
    Arbitrary<String> names = ans(25).injectNull(0.7);
    Arbitrary<Boolean> dynamic = Arbitraries.of(true, false);
    return Combinators.combine(bins, accounts, services, amounts, purposes, bills, terminals, names)
        .as(
            (bin, account, service, amount, purpose, bill, terminal, name) ->
                VietQrPayload.builder(BankBin.of(bin), account)
                    .service(service)
                    .amount(amount == null ? null : Money.ofDong(amount))
                    .purpose(purpose)
                    .billNumber(bill)
                    .terminalLabel(terminal)
                    .merchantName(name))
        .flatMap(
            builder ->
                dynamic.map(
                    d -> {
                      builder.dynamic(d);
                      return builder;
                    }))
        .filter(this::additionalDataFits)
        .map(VietQrPayload.Builder::build);
  }

  private boolean additionalDataFits(VietQrPayload.Builder builder) {
    try {
      builder.build();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Arbitrary<String> ans(int maxLength) {
    return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(maxLength);
  }
}
