package vn.tiepdon.payment.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * The daily report as one CSV table (UTF-8 with a byte-order mark, CRLF, so Excel opens it with
 * Vietnamese intact): intents, then transfers, then the cashiers' actions, one row each, headers in
 * the chosen language. Amounts are plain digits so that a spreadsheet can sum them.
 */
public final class DailyReportCsv {
  private DailyReportCsv() {}

  /** Writes the report; the stream is closed afterwards. */
  public static void write(OutputStream out, DailyReport report, Locale locale) throws IOException {
    ReportText text = new ReportText(locale, report.zone());
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (SequenceWriter rows = new CsvMapper().writer(schema).writeValues(writer)) {
      rows.write(
          List.of(
              text.get("col.kind"),
              text.get("col.reference"),
              text.get("col.outcome"),
              text.get("col.reason"),
              text.get("col.amount"),
              text.get("col.received"),
              text.get("col.time"),
              text.get("col.source"),
              text.get("col.transaction"),
              text.get("col.account"),
              text.get("col.content"),
              text.get("col.manual"),
              text.get("col.ticket"),
              text.get("col.cashier"),
              text.get("col.note")));
      for (DailyReport.IntentLine line : report.intents()) {
        PaymentIntent i = line.intent();
        rows.write(
            List.of(
                text.get("kind.intent"),
                i.reference().value(),
                text.get("outcome." + line.outcome().name()),
                "",
                ReportText.plain(i.amount()),
                ReportText.plain(i.received()),
                text.time(i.createdAt()),
                "",
                "",
                "",
                "",
                "",
                i.ticketRef(),
                "",
                ""));
      }
      for (DailyReport.TransferLine line : report.transfers()) {
        TransferRecord r = line.record();
        rows.write(
            List.of(
                text.get("kind.transfer"),
                r.reference().map(ReferenceCode::value).orElse(""),
                text.get("outcome." + line.outcome().name()),
                r.reason(),
                ReportText.plain(r.transfer().amount()),
                "",
                text.time(r.transfer().bookedAt()),
                r.transfer().source().key(),
                r.transfer().transactionId(),
                r.transfer().account(),
                r.transfer().content(),
                r.manual() ? text.get("yes") : text.get("no"),
                "",
                "",
                ""));
      }
      for (AuditEntry a : report.audit()) {
        rows.write(
            List.of(
                text.get("kind.audit"),
                a.reference().map(ReferenceCode::value).orElse(""),
                text.get("action." + a.action().name()),
                "",
                "",
                "",
                text.time(a.at()),
                a.source().key(),
                a.transactionId(),
                "",
                "",
                "",
                "",
                a.cashier(),
                a.note()));
      }
    }
  }
}
