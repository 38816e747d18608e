package vn.tiepdon.ui.cashier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.CsvStatementFormat;
import vn.tiepdon.payment.feed.CsvStatementReader;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.reconcile.Outcome;

/**
 * Imports a bank statement (CSV) into the desk: the whole file is read and checked first, so a bad
 * row stops the import before anything is stored; then each credit is ingested once (what a webhook
 * or an earlier import already delivered comes back as a duplicate).
 */
public final class StatementImport {
  /** The statement layouts a cashier can pick, by preset name. */
  public static final List<String> PRESETS = List.of("generic", "vietcombank", "techcombank");

  private final PaymentDesk desk;
  private final String accountNumber;

  /**
   * @param accountNumber the hospital's account: statements that do not name the account on each
   *     row are this account's
   */
  public StatementImport(PaymentDesk desk, String accountNumber) {
    this.desk = desk;
    this.accountNumber = accountNumber;
  }

  /** What an import did. */
  public record Result(Path file, int booked, int forCashier, int alreadyKnown) {}

  /**
   * @throws FeedFormatException naming the file, line, column and value of the first bad row, or
   *     the file that cannot be read; nothing is stored then
   * @throws IllegalArgumentException for an unknown preset
   */
  public Result run(Path file, String preset) {
    CsvStatementFormat format =
        CsvStatementFormat.preset(preset)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown statement layout '" + preset + "', expected one of " + PRESETS));
    if (!"generic".equals(preset)) {
      format = format.forAccount(accountNumber);
    }
    if (!Files.isRegularFile(file)) {
      throw new FeedFormatException(file + ": no such file");
    }
    List<BankTransfer> transfers;
    try {
      transfers = new CsvStatementReader(format).readAll(file);
    } catch (java.io.UncheckedIOException e) {
      throw new FeedFormatException(file + ": cannot be read (" + e.getCause().getMessage() + ")");
    }
    Map<Outcome, Integer> counts = desk.ingestAll(transfers);
    int booked = 0;
    int forCashier = 0;
    for (Map.Entry<Outcome, Integer> e : counts.entrySet()) {
      if (e.getKey().isBooked()) {
        booked += e.getValue();
      } else if (e.getKey() != Outcome.DUPLICATE) {
        forCashier += e.getValue();
      }
    }
    return new Result(file, booked, forCashier, counts.getOrDefault(Outcome.DUPLICATE, 0));
  }
}
