package vn.tiepdon.payment.vietqr;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.BankBin;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * A NAPAS VietQR (EMVCo merchant-presented) payload: who receives the money, optionally how much,
 * and the additional data (tag 62) that bank apps turn into the transfer content. Immutable and
 * valid by construction; build one with {@link #builder(BankBin, String)} or {@link
 * VietQrCodec#decode(String)}.
 */
public final class VietQrPayload {
  /** ISO 4217 numeric code of the dong; VietQR carries nothing else. */
  public static final String CURRENCY_VND = "704";

  public static final String COUNTRY_VN = "VN";

  /** NAPAS 247 caps one transfer below 500 million dong. */
  public static final long MAX_AMOUNT_DONG = 499_999_999L;

  /** A, M and/or E, each at most once. */
  private static final Pattern CONSUMER_DATA_REQUEST = Pattern.compile("(?!.*(.).*\\1)[AME]{1,3}");

  private final BankBin bin;
  private final String account;
  private final ServiceCode service;
  private final boolean dynamic;
  private final String merchantCategoryCode;
  private final Money amount;
  private final String merchantName;
  private final String merchantCity;
  private final String postalCode;
  private final Map<AdditionalField, String> additional;
  private final SortedMap<Integer, String> otherAdditionalData;
  private final SortedMap<Integer, String> otherRootFields;

  private VietQrPayload(Builder b) {
    this.bin = b.bin;
    this.account = b.account;
    this.service = b.service;
    this.dynamic = b.dynamic;
    this.merchantCategoryCode = b.merchantCategoryCode;
    this.amount = b.amount;
    this.merchantName = b.merchantName;
    this.merchantCity = b.merchantCity;
    this.postalCode = b.postalCode;
    this.additional = Collections.unmodifiableMap(new EnumMap<>(b.additional));
    this.otherAdditionalData = Collections.unmodifiableSortedMap(new TreeMap<>(b.otherAdditional));
    this.otherRootFields = Collections.unmodifiableSortedMap(new TreeMap<>(b.otherRoot));
  }

  /**
   * Starts a payload to a bank account (service {@link ServiceCode#ACCOUNT}), dynamic, without an
   * amount.
   *
   * @param bin the receiving bank
   * @param account the account number (or card number with {@link ServiceCode#CARD}), 1–19 letters
   *     or digits
   */
  public static Builder builder(BankBin bin, String account) {
    return new Builder(bin, account);
  }

  /** A builder holding this payload's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(bin, account);
    b.service = service;
    b.dynamic = dynamic;
    b.merchantCategoryCode = merchantCategoryCode;
    b.amount = amount;
    b.merchantName = merchantName;
    b.merchantCity = merchantCity;
    b.postalCode = postalCode;
    b.additional.putAll(additional);
    b.otherAdditional.putAll(otherAdditionalData);
    b.otherRoot.putAll(otherRootFields);
    return b;
  }

  /** Tag 38.01.00: the receiving bank. */
  public BankBin bin() {
    return bin;
  }

  /** Tag 38.01.01: the account (or card) number. */
  public String account() {
    return account;
  }

  /** Tag 38.02; empty for merchant-style codes that omit it. */
  public Optional<ServiceCode> service() {
    return Optional.ofNullable(service);
  }

  /** Tag 01: {@code 12} (dynamic, one transaction) or {@code 11} (static, reusable). */
  public boolean dynamic() {
    return dynamic;
  }

  /** Tag 52, ISO 18245 (e.g. {@code 8062} hospitals); usually omitted for transfers. */
  public Optional<String> merchantCategoryCode() {
    return Optional.ofNullable(merchantCategoryCode);
  }

  /** Tag 54; empty when the payer types the amount. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** Tag 53; always {@value #CURRENCY_VND}. */
  public String currency() {
    return CURRENCY_VND;
  }

  /** Tag 58; always {@value #COUNTRY_VN}. */
  public String country() {
    return COUNTRY_VN;
  }

  /** Tag 59, ASCII. */
  public Optional<String> merchantName() {
    return Optional.ofNullable(merchantName);
  }

  /** Tag 60, ASCII. */
  public Optional<String> merchantCity() {
    return Optional.ofNullable(merchantCity);
  }

  /** Tag 61, ASCII. */
  public Optional<String> postalCode() {
    return Optional.ofNullable(postalCode);
  }

  /** One sub-field of tag 62. */
  public Optional<String> additional(AdditionalField field) {
    return Optional.ofNullable(additional.get(field));
  }

  /** Tag 62.08: the transfer content bank apps pre-fill. */
  public Optional<String> purpose() {
    return additional(AdditionalField.PURPOSE);
  }

  /** Tag 62.01. */
  public Optional<String> billNumber() {
    return additional(AdditionalField.BILL_NUMBER);
  }

  /** Tag 62.05. */
  public Optional<String> referenceLabel() {
    return additional(AdditionalField.REFERENCE_LABEL);
  }

  /** Tag 62.07. */
  public Optional<String> terminalLabel() {
    return additional(AdditionalField.TERMINAL_LABEL);
  }

  /** Tag 62 sub-fields 10–99 (reserved or payment-system templates), kept verbatim. */
  public SortedMap<Integer, String> otherAdditionalData() {
    return otherAdditionalData;
  }

  /**
   * Root objects VietQR does not interpret (other networks' account templates 02–51, alternate
   * language 64, templates 65–99), kept verbatim so a decoded code re-encodes unchanged.
   */
  public SortedMap<Integer, String> otherRootFields() {
    return otherRootFields;
  }

  Map<AdditionalField, String> additionalFields() {
    return additional;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VietQrPayload)) {
      return false;
    }
    VietQrPayload p = (VietQrPayload) o;
    return dynamic == p.dynamic
        && bin.equals(p.bin)
        && account.equals(p.account)
        && service == p.service
        && Objects.equals(merchantCategoryCode, p.merchantCategoryCode)
        && Objects.equals(amount, p.amount)
        && Objects.equals(merchantName, p.merchantName)
        && Objects.equals(merchantCity, p.merchantCity)
        && Objects.equals(postalCode, p.postalCode)
        && additional.equals(p.additional)
        && otherAdditionalData.equals(p.otherAdditionalData)
        && otherRootFields.equals(p.otherRootFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bin, account, service, dynamic, amount, additional);
  }

  @Override
  public String toString() {
    return "VietQrPayload{bin="
        + bin
        + ", account="
        + account
        + ", service="
        + service
        + ", dynamic="
        + dynamic
        + ", amount="
        + amount
        + ", additional="
        + additional
        + "}";
  }

  /**
   * Collects and validates the values of a payload. Text for ASCII fields (59, 60, 61, 62.xx) is
   * folded to ASCII first ({@code "Viện phí Đợt 2"} → {@code "Vien phi Dot 2"}); a value that is
   * still too long is rejected, never cut, so nothing is lost silently.
   */
  public static final class Builder {
    private final BankBin bin;
    private final String account;
    private ServiceCode service = ServiceCode.ACCOUNT;
    private boolean dynamic = true;
    private String merchantCategoryCode;
    private Money amount;
    private String merchantName;
    private String merchantCity;
    private String postalCode;
    private final EnumMap<AdditionalField, String> additional =
        new EnumMap<>(AdditionalField.class);
    private final TreeMap<Integer, String> otherAdditional = new TreeMap<>();
    private final TreeMap<Integer, String> otherRoot = new TreeMap<>();

    private Builder(BankBin bin, String account) {
      this.bin = Objects.requireNonNull(bin, "bin");
      if (account == null || !isAccountNumber(account)) {
        throw new IllegalArgumentException(
            "account must be 1-19 letters or digits, was " + quoted(account));
      }
      this.account = account;
    }

    static boolean isAccountNumber(String account) {
      if (account.isEmpty() || account.length() > 19) {
        return false;
      }
      for (int i = 0; i < account.length(); i++) {
        char c = account.charAt(i);
        if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
          return false;
        }
      }
      return true;
    }

    /** Tag 38.02; {@code null} omits it. Default {@link ServiceCode#ACCOUNT}. */
    public Builder service(ServiceCode service) {
      this.service = service;
      return this;
    }

    /** Tag 01: true for a one-time code ({@code 12}, the default), false for a reusable one. */
    public Builder dynamic(boolean dynamic) {
      this.dynamic = dynamic;
      return this;
    }

    /** Tag 54: 1 to {@value VietQrPayload#MAX_AMOUNT_DONG} dong; {@code null} omits it. */
    public Builder amount(Money amount) {
      if (amount != null && (amount.isZero() || amount.dong() > MAX_AMOUNT_DONG)) {
        throw new IllegalArgumentException(
            "amount must be 1.." + MAX_AMOUNT_DONG + " dong, was " + amount.dong());
      }
      this.amount = amount;
      return this;
    }

    /** Tag 52: four digits; {@code null} omits it. */
    public Builder merchantCategoryCode(String mcc) {
      if (mcc != null && !mcc.matches("[0-9]{4}")) {
        throw new IllegalArgumentException(
            "merchantCategoryCode must be 4 digits, was " + quoted(mcc));
      }
      this.merchantCategoryCode = mcc;
      return this;
    }

    /** Tag 59, at most 25 characters after folding; {@code null} omits it. */
    public Builder merchantName(String name) {
      this.merchantName = asciiText("merchantName (59)", name, 25);
      return this;
    }

    /** Tag 60, at most 15 characters after folding; {@code null} omits it. */
    public Builder merchantCity(String city) {
      this.merchantCity = asciiText("merchantCity (60)", city, 15);
      return this;
    }

    /** Tag 61, at most 10 characters; {@code null} omits it. */
    public Builder postalCode(String code) {
      this.postalCode = asciiText("postalCode (61)", code, 10);
      return this;
    }

    /** Tag 62.08, the transfer content; {@code null} omits it. */
    public Builder purpose(String purpose) {
      return additional(AdditionalField.PURPOSE, purpose);
    }

    /** Tag 62.01; {@code null} omits it. */
    public Builder billNumber(String billNumber) {
      return additional(AdditionalField.BILL_NUMBER, billNumber);
    }

    /** Tag 62.05; {@code null} omits it. */
    public Builder referenceLabel(String label) {
      return additional(AdditionalField.REFERENCE_LABEL, label);
    }

    /** Tag 62.07; {@code null} omits it. */
    public Builder terminalLabel(String label) {
      return additional(AdditionalField.TERMINAL_LABEL, label);
    }

    /** Any sub-field of tag 62; {@code null} omits it. */
    public Builder additional(AdditionalField field, String value) {
      String text =
          asciiText(
              field.name().toLowerCase(java.util.Locale.ROOT) + " (" + field.path() + ")",
              value,
              field.maxLength());
      if (text != null
          && field == AdditionalField.CONSUMER_DATA_REQUEST
          && !isConsumerDataRequest(text)) {
        throw new IllegalArgumentException(
            "consumer_data_request (62.09) must be A, M and/or E, each at most once, was "
                + quoted(text));
      }
      if (text == null) {
        additional.remove(field);
      } else {
        additional.put(field, text);
      }
      return this;
    }

    static boolean isConsumerDataRequest(String text) {
      return CONSUMER_DATA_REQUEST.matcher(text).matches();
    }

    /** A tag 62 sub-field 10–99, kept verbatim; {@code null} omits it. */
    public Builder otherAdditionalData(int subTag, String value) {
      if (subTag < 10 || subTag > 99) {
        throw new IllegalArgumentException(
            "other additional data sub-tag must be 10..99, was " + subTag);
      }
      putRaw(otherAdditional, "62." + subTag, subTag, value);
      return this;
    }

    /**
     * A root object VietQR does not interpret: 02–37, 39–51 (other networks' account templates) or
     * 64–99; kept verbatim. {@code null} omits it.
     */
    public Builder otherRootField(int tag, String value) {
      if (!isOtherRootTag(tag)) {
        throw new IllegalArgumentException(
            "other root tag must be 02..37, 39..51 or 64..99, was " + tag);
      }
      putRaw(otherRoot, String.valueOf(tag), tag, value);
      return this;
    }

    static boolean isOtherRootTag(int tag) {
      return (tag >= 2 && tag <= 51 && tag != 38) || (tag >= 64 && tag <= 99);
    }

    private static void putRaw(Map<Integer, String> map, String path, int tag, String value) {
      if (value == null) {
        map.remove(tag);
        return;
      }
      if (value.isEmpty() || value.length() > 99) {
        throw new IllegalArgumentException(
            "tag " + path + " must be 1-99 characters, was " + value.length());
      }
      map.put(tag, value);
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException if tag 62 as a whole would exceed 99 characters
     */
    public VietQrPayload build() {
      int additionalLength =
          VietQrCodec.additionalDataTemplate(additional, otherAdditional).length();
      if (additionalLength > 99) {
        throw new IllegalArgumentException(
            "additional data (tag 62) must be at most 99 characters, was " + additionalLength);
      }
      return new VietQrPayload(this);
    }

    private static String asciiText(String field, String value, int maxLength) {
      if (value == null) {
        return null;
      }
      String folded = AsciiFolding.fold(value);
      if (folded.isEmpty()) {
        throw new IllegalArgumentException(
            field + " must not be empty after folding to ASCII, was " + quoted(value));
      }
      if (folded.length() > maxLength) {
        throw new IllegalArgumentException(
            field
                + " must be at most "
                + maxLength
                + " ASCII characters, was "
                + folded.length()
                + ": "
                + quoted(folded));
      }
      return folded;
    }

    private static String quoted(String value) {
      return value == null ? "null" : "\"" + value + "\"";
    }
  }
}
