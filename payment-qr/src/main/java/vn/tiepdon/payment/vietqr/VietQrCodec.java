package vn.tiepdon.payment.vietqr;

import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.AMOUNT_OUT_OF_RANGE;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.CRC_MISMATCH;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.EMPTY;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.INVALID_VALUE;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_AMOUNT;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_CRC;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MISPLACED_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MISSING_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.TRAILING_DATA;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.UNEXPECTED_VALUE;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.UNKNOWN_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.UNSUPPORTED_TAG;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.BankBin;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * Encodes and strictly decodes NAPAS VietQR payloads (EMVCo MPM profile, [NAPAS-VN] v1.0 09/2021).
 * Encoding writes objects in ascending ID order with the CRC last; decoding accepts any order, as
 * the specification allows, but rejects anything malformed, naming the object and position.
 * Thread-safe.
 */
public final class VietQrCodec {
  static final String NAPAS_GUID = "A000000727";

  private static final int PAYLOAD_FORMAT = 0;
  private static final int INITIATION = 1;
  private static final int NAPAS_ACCOUNT = 38;
  private static final int MCC = 52;
  private static final int CURRENCY = 53;
  private static final int AMOUNT = 54;
  private static final int TIP_INDICATOR = 55;
  private static final int FEE_FIXED = 56;
  private static final int FEE_PERCENT = 57;
  private static final int COUNTRY = 58;
  private static final int MERCHANT_NAME = 59;
  private static final int MERCHANT_CITY = 60;
  private static final int POSTAL_CODE = 61;
  private static final int ADDITIONAL_DATA = 62;
  private static final int CRC = 63;

  private static final String STATIC = "11";
  private static final String DYNAMIC = "12";

  /** The payload string of {@code payload}, CRC included. */
  public String encode(VietQrPayload payload) {
    SortedMap<Integer, String> objects = new TreeMap<>(payload.otherRootFields());
    objects.put(PAYLOAD_FORMAT, "01");
    objects.put(INITIATION, payload.dynamic() ? DYNAMIC : STATIC);
    objects.put(NAPAS_ACCOUNT, accountTemplate(payload));
    payload.merchantCategoryCode().ifPresent(mcc -> objects.put(MCC, mcc));
    objects.put(CURRENCY, VietQrPayload.CURRENCY_VND);
    payload.amount().ifPresent(a -> objects.put(AMOUNT, Long.toString(a.dong())));
    objects.put(COUNTRY, VietQrPayload.COUNTRY_VN);
    payload.merchantName().ifPresent(v -> objects.put(MERCHANT_NAME, v));
    payload.merchantCity().ifPresent(v -> objects.put(MERCHANT_CITY, v));
    payload.postalCode().ifPresent(v -> objects.put(POSTAL_CODE, v));
    String additional =
        additionalDataTemplate(payload.additionalFields(), payload.otherAdditionalData());
    if (!additional.isEmpty()) {
      objects.put(ADDITIONAL_DATA, additional);
    }
    StringBuilder out = new StringBuilder(256);
    objects.forEach((tag, value) -> Tlv.append(out, tag, value));
    out.append("6304");
    return out.append(Crc16.hex(out.toString())).toString();
  }

  private static String accountTemplate(VietQrPayload payload) {
    StringBuilder beneficiary = new StringBuilder(40);
    Tlv.append(beneficiary, 0, payload.bin().value());
    Tlv.append(beneficiary, 1, payload.account());
    StringBuilder template = new StringBuilder(70);
    Tlv.append(template, 0, NAPAS_GUID);
    Tlv.append(template, 1, beneficiary.toString());
    payload.service().ifPresent(s -> Tlv.append(template, 2, s.code()));
    return template.toString();
  }

  static String additionalDataTemplate(
      Map<AdditionalField, String> fields, Map<Integer, String> others) {
    SortedMap<Integer, String> bySubTag = new TreeMap<>(others);
    fields.forEach((field, value) -> bySubTag.put(field.subTag(), value));
    StringBuilder out = new StringBuilder(100);
    bySubTag.forEach((tag, value) -> Tlv.append(out, tag, value));
    return out.toString();
  }

  /**
   * Decodes a scanned payload. Line breaks a scanner appends are ignored; everything else must be
   * well-formed.
   *
   * @throws VietQrDecodeException naming the reason, the object and the position of the first
   *     problem found: structure first, then the CRC, then the values
   */
  public VietQrPayload decode(String scanned) throws VietQrDecodeException {
    String payload = stripTrailingLineBreaks(scanned);
    if (payload.isEmpty()) {
      throw new VietQrDecodeException(EMPTY, "-", 0, "the payload is empty");
    }
    Map<Integer, Tlv> root = Tlv.readAll(payload, 0, "", CRC);
    Tlv crc = root.get(CRC);
    if (crc == null) {
      throw new VietQrDecodeException(
          MISSING_TAG, "63", payload.length(), "no CRC object (63) at the end of the payload");
    }
    int end = crc.valuePosition() + crc.value().length();
    if (end < payload.length()) {
      throw new VietQrDecodeException(
          TRAILING_DATA,
          "63",
          end,
          "the CRC (63) must be the last object, but "
              + (payload.length() - end)
              + " characters follow it: \""
              + abbreviate(payload.substring(end))
              + "\"");
    }
    Tlv first = root.values().iterator().next();
    if (first.tag() != PAYLOAD_FORMAT) {
      throw new VietQrDecodeException(
          MISPLACED_TAG, "00", 0, "the payload must start with object 00, found " + first.path());
    }
    verifyCrc(payload, crc);
    return new PayloadReader(root).read();
  }

  private static void verifyCrc(String payload, Tlv crc) throws VietQrDecodeException {
    String found = crc.value();
    if (found.length() != 4 || !isHex(found)) {
      throw new VietQrDecodeException(
          MALFORMED_CRC,
          "63",
          crc.position(),
          "the CRC must be 4 hex digits, was \"" + found + "\"");
    }
    String expected = Crc16.hex(payload.substring(0, crc.valuePosition()));
    if (!expected.equalsIgnoreCase(found)) {
      throw new VietQrDecodeException(
          CRC_MISMATCH,
          "63",
          crc.position(),
          "CRC-16/CCITT-FALSE of the payload is " + expected + " but the code says " + found);
    }
  }

  private static boolean isHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static String stripTrailingLineBreaks(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String abbreviate(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "...";
  }

  /** Checks the values of a structurally sound, CRC-valid payload and builds the value type. */
  private static final class PayloadReader {
    private final Map<Integer, Tlv> root;

    PayloadReader(Map<Integer, Tlv> root) {
      this.root = root;
    }

    VietQrPayload read() throws VietQrDecodeException {
      expectValue(require(PAYLOAD_FORMAT), "01", "payload format indicator");
      boolean dynamic = initiation(require(INITIATION));
      VietQrPayload.Builder builder = beneficiary(require(NAPAS_ACCOUNT)).dynamic(dynamic);
      expectValue(require(CURRENCY), VietQrPayload.CURRENCY_VND, "currency");
      expectValue(require(COUNTRY), VietQrPayload.COUNTRY_VN, "country code");
      rejectTipsAndFees();
      readOptionalObjects(builder);
      return builder.build();
    }

    /** Tag 38: NAPAS GUID, beneficiary template (BIN, account) and service code. */
    private static VietQrPayload.Builder beneficiary(Tlv account) throws VietQrDecodeException {
      Map<Integer, Tlv> napas = Tlv.readAll(account.value(), account.valuePosition(), "38", -1);
      rejectUnknown(napas, "38", 0, 1, 2);
      expectValue(require(napas, 0, account), NAPAS_GUID, "NAPAS GUID");
      Tlv beneficiary = require(napas, 1, account);
      Map<Integer, Tlv> ids =
          Tlv.readAll(beneficiary.value(), beneficiary.valuePosition(), "38.01", -1);
      rejectUnknown(ids, "38.01", 0, 1);
      return VietQrPayload.builder(
              bin(require(ids, 0, beneficiary)), consumerId(require(ids, 1, beneficiary)))
          .service(napas.containsKey(2) ? service(napas.get(2)) : null);
    }

    private void rejectTipsAndFees() throws VietQrDecodeException {
      for (int tag : new int[] {TIP_INDICATOR, FEE_FIXED, FEE_PERCENT}) {
        Tlv tlv = root.get(tag);
        if (tlv != null) {
          throw new VietQrDecodeException(
              UNSUPPORTED_TAG,
              tlv.path(),
              tlv.position(),
              "tips and convenience fees (55-57) are not used by VietQR transfers");
        }
      }
    }

    private void readOptionalObjects(VietQrPayload.Builder builder) throws VietQrDecodeException {
      if (root.containsKey(MCC)) {
        builder.merchantCategoryCode(digits(root.get(MCC), 4, "merchant category code"));
      }
      if (root.containsKey(AMOUNT)) {
        builder.amount(amount(root.get(AMOUNT)));
      }
      if (root.containsKey(MERCHANT_NAME)) {
        builder.merchantName(ascii(root.get(MERCHANT_NAME), 25));
      }
      if (root.containsKey(MERCHANT_CITY)) {
        builder.merchantCity(ascii(root.get(MERCHANT_CITY), 15));
      }
      if (root.containsKey(POSTAL_CODE)) {
        builder.postalCode(ascii(root.get(POSTAL_CODE), 10));
      }
      if (root.containsKey(ADDITIONAL_DATA)) {
        additionalData(root.get(ADDITIONAL_DATA), builder);
      }
      for (Tlv tlv : root.values()) {
        if (VietQrPayload.Builder.isOtherRootTag(tlv.tag())) {
          builder.otherRootField(tlv.tag(), tlv.value());
        }
      }
    }

    private Tlv require(int tag) throws VietQrDecodeException {
      Tlv tlv = root.get(tag);
      if (tlv == null) {
        String path = Tlv.twoDigits(tag);
        throw new VietQrDecodeException(
            MISSING_TAG, path, 0, "mandatory object " + path + " is missing from the payload");
      }
      return tlv;
    }

    private static Tlv require(Map<Integer, Tlv> objects, int tag, Tlv template)
        throws VietQrDecodeException {
      Tlv tlv = objects.get(tag);
      if (tlv == null) {
        String path = template.path() + "." + Tlv.twoDigits(tag);
        throw new VietQrDecodeException(
            MISSING_TAG,
            path,
            template.position(),
            "mandatory object " + path + " is missing from template " + template.path());
      }
      return tlv;
    }

    private static void rejectUnknown(Map<Integer, Tlv> objects, String parent, int... known)
        throws VietQrDecodeException {
      outer:
      for (Tlv tlv : objects.values()) {
        for (int k : known) {
          if (tlv.tag() == k) {
            continue outer;
          }
        }
        throw new VietQrDecodeException(
            UNKNOWN_TAG,
            tlv.path(),
            tlv.position(),
            "template " + parent + " defines no object " + Tlv.twoDigits(tlv.tag()));
      }
    }

    private static void expectValue(Tlv tlv, String expected, String what)
        throws VietQrDecodeException {
      if (!tlv.value().equals(expected)) {
        throw new VietQrDecodeException(
            UNEXPECTED_VALUE,
            tlv.path(),
            tlv.position(),
            what + " must be \"" + expected + "\", was \"" + tlv.value() + "\"");
      }
    }

    private static boolean initiation(Tlv tlv) throws VietQrDecodeException {
      switch (tlv.value()) {
        case DYNAMIC:
          return true;
        case STATIC:
          return false;
        default:
          throw new VietQrDecodeException(
              UNEXPECTED_VALUE,
              tlv.path(),
              tlv.position(),
              "point of initiation must be 11 (static) or 12 (dynamic), was \""
                  + tlv.value()
                  + "\"");
      }
    }

    private static BankBin bin(Tlv tlv) throws VietQrDecodeException {
      if (!BankBin.isWellFormed(tlv.value())) {
        throw invalid(tlv, "bank BIN must be 6 digits, was \"" + tlv.value() + "\"");
      }
      return BankBin.of(tlv.value());
    }

    private static String consumerId(Tlv tlv) throws VietQrDecodeException {
      if (!VietQrPayload.Builder.isAccountNumber(tlv.value())) {
        throw invalid(
            tlv,
            "account or card number must be 1-19 letters or digits, was \"" + tlv.value() + "\"");
      }
      return tlv.value();
    }

    private static ServiceCode service(Tlv tlv) throws VietQrDecodeException {
      return ServiceCode.fromCode(tlv.value())
          .orElseThrow(
              () ->
                  new VietQrDecodeException(
                      UNEXPECTED_VALUE,
                      tlv.path(),
                      tlv.position(),
                      "service code must be QRIBFTTA or QRIBFTTC, was \"" + tlv.value() + "\""));
    }

    private static String digits(Tlv tlv, int length, String what) throws VietQrDecodeException {
      if (tlv.value().length() != length || !Tlv.isDigits(tlv.value())) {
        throw invalid(tlv, what + " must be " + length + " digits, was \"" + tlv.value() + "\"");
      }
      return tlv.value();
    }

    /** NAPAS §5.2.6: digits with at most one '.', no decimals for VND, non-zero, ≤ 13 chars. */
    private static Money amount(Tlv tlv) throws VietQrDecodeException {
      String value = tlv.value();
      String digits = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
      if (value.length() > 13 || !Tlv.isDigits(digits)) {
        throw new VietQrDecodeException(
            MALFORMED_AMOUNT,
            tlv.path(),
            tlv.position(),
            "amount must be a whole number of dong (up to 13 characters, no separators or"
                + " decimals), was \""
                + value
                + "\"");
      }
      long dong = Long.parseLong(digits);
      if (dong == 0) {
        throw new VietQrDecodeException(
            MALFORMED_AMOUNT, tlv.path(), tlv.position(), "amount must not be zero");
      }
      if (dong > VietQrPayload.MAX_AMOUNT_DONG) {
        throw new VietQrDecodeException(
            AMOUNT_OUT_OF_RANGE,
            tlv.path(),
            tlv.position(),
            "amount " + dong + " is not below the NAPAS 247 limit of 500000000 dong per transfer");
      }
      return Money.ofDong(dong);
    }

    private static String ascii(Tlv tlv, int maxLength) throws VietQrDecodeException {
      String value = tlv.value();
      if (!AsciiFolding.isPrintableAscii(value)) {
        throw invalid(tlv, "value must be printable ASCII (EMV 'ans'), was \"" + value + "\"");
      }
      if (value.length() > maxLength) {
        throw invalid(
            tlv, "value must be at most " + maxLength + " characters, was " + value.length());
      }
      return value;
    }

    private static void additionalData(Tlv template, VietQrPayload.Builder builder)
        throws VietQrDecodeException {
      Map<Integer, Tlv> subFields =
          Tlv.readAll(template.value(), template.valuePosition(), "62", -1);
      for (Tlv tlv : subFields.values()) {
        var field = AdditionalField.ofSubTag(tlv.tag());
        if (field.isPresent()) {
          String value = ascii(tlv, field.get().maxLength());
          if (field.get() == AdditionalField.CONSUMER_DATA_REQUEST
              && !VietQrPayload.Builder.isConsumerDataRequest(value)) {
            throw invalid(
                tlv, "consumer data request must be A, M and/or E, was \"" + value + "\"");
          }
          builder.additional(field.get(), value);
        } else if (tlv.tag() >= 10) {
          builder.otherAdditionalData(tlv.tag(), tlv.value());
        } else {
          throw new VietQrDecodeException(
              UNKNOWN_TAG, tlv.path(), tlv.position(), "template 62 defines no object 00");
        }
      }
    }

    private static VietQrDecodeException invalid(Tlv tlv, String detail) {
      return new VietQrDecodeException(INVALID_VALUE, tlv.path(), tlv.position(), detail);
    }
  }
}
