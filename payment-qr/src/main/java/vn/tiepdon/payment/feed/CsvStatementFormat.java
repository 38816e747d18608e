package vn.tiepdon.payment.feed;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one bank's statement export lays out its columns. A statement has either one signed {@code
 * amount} column or separate {@code credit} and {@code debit} columns; only credits (money in) are
 * read, debits are counted and skipped. Bank exports start with title rows (bank name, account,
 * period): the header is the first row in which every named column is found.
 *
 * @param name preset or configuration name, used in messages
 * @param delimiter field separator
 * @param transactionId the bank's reference for the line (the dedupe key)
 * @param bookedAt execution date or date-time
 * @param amount signed amount column; empty when credit/debit columns are used
 * @param credit credit (money in) column; empty when {@code amount} is used
 * @param debit debit (money out) column, optional
 * @param content transfer content / description
 * @param account credited account column, optional
 * @param fixedAccount the account the whole statement is for, used when {@code account} is empty
 * @param dates date-time layouts and zone
 * @param amounts amount layout
 */
public record CsvStatementFormat(
    String name,
    char delimiter,
    CsvColumn transactionId,
    CsvColumn bookedAt,
    Optional<CsvColumn> amount,
    Optional<CsvColumn> credit,
    Optional<CsvColumn> debit,
    CsvColumn content,
    Optional<CsvColumn> account,
    String fixedAccount,
    DateFormats dates,
    AmountFormat amounts) {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public CsvStatementFormat {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(bookedAt, "bookedAt");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(amounts, "amounts");
    amount = Objects.requireNonNullElse(amount, Optional.empty());
    credit = Objects.requireNonNullElse(credit, Optional.empty());
    debit = Objects.requireNonNullElse(debit, Optional.empty());
    account = Objects.requireNonNullElse(account, Optional.empty());
    fixedAccount = fixedAccount == null ? "" : fixedAccount.strip();
    if (amount.isPresent() == credit.isPresent()) {
      throw new IllegalArgumentException(
          "statement format " + name + " needs either an amount column or a credit column");
    }
    if (amount.isPresent() && debit.isPresent()) {
      throw new IllegalArgumentException(
          "statement format " + name + ": a signed amount column has no separate debit column");
    }
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException(
          "statement format " + name + ": delimiter must not be a quote or line break");
    }
  }

  /** Columns the reader must find; named ones define the header row. */
  List<CsvColumn> requiredColumns() {
    List<CsvColumn> columns = new java.util.ArrayList<>(List.of(transactionId, bookedAt, content));
    amount.ifPresent(columns::add);
    credit.ifPresent(columns::add);
    debit.ifPresent(columns::add);
    account.ifPresent(columns::add);
    return columns;
  }

  /** True if no column is found by header name (the file has no header row). */
  boolean headerless() {
    return requiredColumns().stream().allMatch(c -> c instanceof CsvColumn.Indexed);
  }

  /** This format for a statement of one account (bank exports name it in the title rows). */
  public CsvStatementFormat forAccount(String accountNumber) {
    return new CsvStatementFormat(
        name,
        delimiter,
        transactionId,
        bookedAt,
        amount,
        credit,
        debit,
        content,
        account,
        accountNumber,
        dates,
        amounts);
  }

  /**
   * The generic format of {@code ./tiepdon reconcile --format csv}: header {@code
   * transaction_id,booked_at,amount,content,account}, ISO-8601 times (with offset, or local Vietnam
   * time), plain amounts.
   */
  public static final CsvStatementFormat GENERIC =
      new CsvStatementFormat(
          "generic",
          ',',
          CsvColumn.named("transaction_id"),
          CsvColumn.named("booked_at"),
          Optional.of(CsvColumn.named("amount")),
          Optional.empty(),
          Optional.empty(),
          CsvColumn.named("content"),
          Optional.of(CsvColumn.named("account")),
          "",
          DateFormats.ISO,
          AmountFormat.PLAIN);

  /**
   * Vietcombank (VCB Digibank "Sao kê tài khoản", saved as CSV from the Excel export). Modelled
   * columns: {@code STT, Ngày giao dịch, Số tham chiếu, Số tiền ghi nợ, Số tiền ghi có, Số dư, Mô
   * tả}; dates {@code dd/MM/yyyy}; amounts with ',' thousands; the bank reference looks like {@code
   * 5243.65937}; descriptions wrap across lines inside one quoted cell. See the README for what is
   * known and what is assumed.
   */
  public static final CsvStatementFormat VIETCOMBANK =
      new CsvStatementFormat(
          "vietcombank",
          ',',
          CsvColumn.named("Số tham chiếu", "So tham chieu", "Reference No", "Reference number"),
          CsvColumn.named("Ngày giao dịch", "Ngay giao dich", "Transaction date", "Ngày GD"),
          Optional.empty(),
          Optional.of(CsvColumn.named("Số tiền ghi có", "Credit", "Ghi có", "Credit amount")),
          Optional.of(CsvColumn.named("Số tiền ghi nợ", "Debit", "Ghi nợ", "Debit amount")),
          CsvColumn.named(
              "Mô tả", "Diễn giải", "Nội dung", "Description", "Transactions in detail"),
          Optional.empty(),
          "",
          DateFormats.of(
              VIETNAM, "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "dd-MM-yyyy"),
          AmountFormat.COMMA_THOUSANDS);

  /**
   * Techcombank (business internet banking statement export). Modelled columns: {@code Ngày giao
   * dịch / Transaction Date}, {@code Số bút toán / Reference No} (an {@code FT…} id), {@code Nợ /
   * Debit}, {@code Có / Credit}, {@code Số dư / Balance}, {@code Diễn giải / Description}; dates
   * {@code dd/MM/yyyy} (with or without time); amounts with ',' thousands. Bilingual headers are
   * matched whole or by either half.
   */
  public static final CsvStatementFormat TECHCOMBANK =
      new CsvStatementFormat(
          "techcombank",
          ',',
          CsvColumn.named(
              "Số bút toán / Reference No", "Số bút toán", "Reference No", "Mã giao dịch"),
          CsvColumn.named(
              "Ngày giao dịch / Transaction Date", "Ngày giao dịch", "Transaction Date"),
          Optional.empty(),
          Optional.of(CsvColumn.named("Có / Credit", "Có", "Credit")),
          Optional.of(CsvColumn.named("Nợ / Debit", "Nợ", "Debit")),
          CsvColumn.named("Diễn giải / Description", "Diễn giải", "Description"),
          Optional.empty(),
          "",
          DateFormats.of(VIETNAM, "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy"),
          AmountFormat.COMMA_THOUSANDS);

  /** The presets by name: {@code generic}, {@code vietcombank}, {@code techcombank}. */
  public static Optional<CsvStatementFormat> preset(String name) {
    return List.of(GENERIC, VIETCOMBANK, TECHCOMBANK).stream()
        .filter(f -> f.name().equalsIgnoreCase(name.strip()))
        .findFirst();
  }
}
