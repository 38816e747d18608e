package vn.tiepdon.payment.reconcile;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.CsvStatementFormat;
import vn.tiepdon.payment.reconcile.Reconciler.Reconciliation;

/**
 * The outcome of every intent and every transfer as CSV, UTF-8 with a byte-order mark so that Excel
 * shows Vietnamese content correctly. Intents first, then transfers in feed order; times in Vietnam
 * local time with offset.
 */
public final class ReconciliationReportCsv {
  public static final List<String> HEADER =
      List.of(
          "kind",
          "reference",
          "outcome",
          "reason",
          "amount",
          "received",
          "source",
          "transaction_id",
          "booked_at",
          "account",
          "content");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(CsvStatementFormat.VIETNAM);

  private ReconciliationReportCsv() {}

  public static void write(Path file, Reconciliation result, List<BankTransfer> transfers)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, result, transfers);
    }
  }

  /**
   * @param transfers the feed, in the order it was reconciled
   */
  public static void write(OutputStream out, Reconciliation result, List<BankTransfer> transfers)
      throws IOException {
    if (transfers.size() != result.summary().transfers()) {
      throw new IllegalArgumentException(
          "the report needs the "
              + result.summary().transfers()
              + " transfers reconciled, got "
              + transfers.size());
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (SequenceWriter rows = new CsvMapper().writer(schema).writeValues(writer)) {
      rows.write(HEADER);
      List<ExpectedPayment> intents = result.intents();
      for (int i = 0; i < intents.size(); i++) {
        ExpectedPayment p = intents.get(i);
        rows.write(
            List.of(
                "intent",
                p.reference().value(),
                result.intentOutcome(i).name(),
                "",
                Long.toString(p.amount().dong()),
                Long.toString(result.receivedDong(i)),
                "",
                "",
                "",
                "",
                ""));
      }
      for (int t = 0; t < transfers.size(); t++) {
        BankTransfer transfer = transfers.get(t);
        ExpectedPayment intent = result.intentOf(t);
        UnmatchedReason reason = result.unmatchedReason(t);
        rows.write(
            List.of(
                "transfer",
                intent == null ? "" : intent.reference().value(),
                result.transferOutcome(t).name(),
                reason == null ? "" : reason.name(),
                Long.toString(transfer.amount().dong()),
                "",
                transfer.source().key(),
                transfer.transactionId(),
                TIME.format(transfer.bookedAt().atOffset(ZoneOffset.UTC)),
                transfer.account(),
                transfer.content()));
      }
    }
  }
}
