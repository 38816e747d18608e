package vn.tiepdon.payment.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * The daily report as a PDF (OpenPDF), A4 landscape, with DejaVu Sans embedded (subset) so every
 * Vietnamese letter prints the same on any PC and printer. The font files ship in this package's
 * resources under the Bitstream Vera / DejaVu licence ({@code DejaVu-LICENSE.txt}).
 */
public final class DailyReportPdf {
  private static final Color HEADER = new Color(0xE8, 0xEE, 0xF4);

  private final BaseFont regular;
  private final BaseFont bold;

  public DailyReportPdf() {
    this.regular = font("DejaVuSans.ttf");
    this.bold = font("DejaVuSans-Bold.ttf");
  }

  private static BaseFont font(String name) {
    try (InputStream in = DailyReportPdf.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " is missing from the payment-qr jar");
      }
      return BaseFont.createFont(
          name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + name, e);
    }
  }

  /** Writes the report; the stream is closed afterwards. */
  public void write(OutputStream out, DailyReport report, Locale locale) throws IOException {
    ReportText text = new ReportText(locale, report.zone());
    Font title = new Font(bold, 14);
    Font heading = new Font(bold, 10);
    Font cell = new Font(regular, 8);
    Font cellBold = new Font(bold, 8);
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(text.get("title", text.date(report.day())));
      document.open();
      document.add(new Paragraph(text.get("title", text.date(report.day())), title));
      document.add(
          new Paragraph(
              text.get("generated", text.time(report.generatedAt()), report.zone().getId()), cell));

      document.add(section(text.get("summary"), heading));
      PdfPTable summary =
          table(new float[] {4, 1, 2}, text, cellBold, "col.outcome", "col.count", "col.total");
      for (Outcome o : Outcome.values()) {
        DailyReport.Total t = report.totals().get(o);
        add(
            summary,
            cell,
            text.get("outcome." + o.name()),
            Integer.toString(t.count()),
            text.money(t.amount()));
      }
      add(
          summary,
          cellBold,
          text.get("total.expected"),
          Integer.toString(report.intents().size()),
          text.money(report.expected()));
      add(summary, cellBold, text.get("total.booked"), "", text.money(report.booked()));
      add(summary, cellBold, text.get("total.review"), "", text.money(report.awaitingReview()));
      summary.setWidthPercentage(55);
      summary.setHorizontalAlignment(Element.ALIGN_LEFT);
      document.add(summary);

      document.add(section(text.get("intents"), heading));
      PdfPTable intents =
          table(
              new float[] {2, 2, 2, 2, 2, 3},
              text,
              cellBold,
              "col.reference",
              "col.ticket",
              "col.amount",
              "col.received",
              "col.outcome",
              "col.time");
      for (DailyReport.IntentLine line : report.intents()) {
        PaymentIntent i = line.intent();
        add(
            intents,
            cell,
            i.reference().value(),
            i.ticketRef(),
            text.money(i.amount()),
            text.money(i.received()),
            text.get("outcome." + line.outcome().name()),
            text.time(i.createdAt()));
      }
      document.add(intents);

      document.add(section(text.get("transfers"), heading));
      PdfPTable transfers =
          table(
              new float[] {3, 2.5f, 2, 2, 2.2f, 2, 7, 1.2f},
              text,
              cellBold,
              "col.time",
              "col.transaction",
              "col.amount",
              "col.reference",
              "col.outcome",
              "col.reason",
              "col.content",
              "col.manual");
      for (DailyReport.TransferLine line : report.transfers()) {
        TransferRecord r = line.record();
        add(
            transfers,
            cell,
            text.time(r.transfer().bookedAt()),
            r.transfer().source().key() + " " + r.transfer().transactionId(),
            text.money(r.transfer().amount()),
            r.reference().map(ReferenceCode::value).orElse(""),
            text.get("outcome." + line.outcome().name()),
            r.reason(),
            r.transfer().content(),
            r.manual() ? text.get("yes") : text.get("no"));
      }
      document.add(transfers);

      if (!report.audit().isEmpty()) {
        document.add(section(text.get("audit"), heading));
        PdfPTable audit =
            table(
                new float[] {3, 2, 2.5f, 3, 2, 7},
                text,
                cellBold,
                "col.time",
                "col.cashier",
                "col.action",
                "col.transaction",
                "col.reference",
                "col.note");
        for (AuditEntry a : report.audit()) {
          add(
              audit,
              cell,
              text.time(a.at()),
              a.cashier(),
              text.get("action." + a.action().name()),
              a.source().key() + " " + a.transactionId(),
              a.reference().map(ReferenceCode::value).orElse(""),
              a.note());
        }
        document.add(audit);
      }
    } catch (DocumentException e) {
      throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
      out.close();
    }
  }

  private static Paragraph section(String words, Font font) {
    Paragraph p = new Paragraph(words, font);
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    return p;
  }

  private static PdfPTable table(float[] widths, ReportText text, Font font, String... headerKeys) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String key : headerKeys) {
      PdfPCell c = new PdfPCell(new Phrase(text.get(key), font));
      c.setBackgroundColor(HEADER);
      table.addCell(c);
    }
    return table;
  }

  private static void add(PdfPTable table, Font font, String... cells) {
    for (String c : cells) {
      table.addCell(new PdfPCell(new Phrase(c, font)));
    }
  }
}
