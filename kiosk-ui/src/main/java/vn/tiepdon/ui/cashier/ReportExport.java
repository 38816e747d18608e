package vn.tiepdon.ui.cashier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.report.DailyReport;
import vn.tiepdon.payment.report.DailyReportCsv;
import vn.tiepdon.payment.report.DailyReportPdf;

/**
 * Writes the day's report with payment-qr's report code: CSV (UTF-8 with BOM, so Excel shows
 * Vietnamese) and PDF (fonts embedded). Each file is written beside its final name and moved into
 * place, so a half-written report never replaces a good one.
 */
public final class ReportExport {
  private final PaymentDesk desk;
  private final Path folder;

  public ReportExport(PaymentDesk desk, Path folder) {
    this.desk = desk;
    this.folder = folder;
  }

  /** {@code bao-cao-thanh-toan-2026-12-01.csv} (vi) or {@code payment-report-2026-12-01.csv}. */
  static String fileName(LocalDate day, Locale locale, String extension) {
    String stem = "en".equals(locale.getLanguage()) ? "payment-report-" : "bao-cao-thanh-toan-";
    return stem + day + "." + extension;
  }

  public Path csv(LocalDate day, Locale locale) throws IOException {
    DailyReport report = DailyReport.of(desk, day, CashierTexts.VIETNAM);
    return write(fileName(day, locale, "csv"), out -> DailyReportCsv.write(out, report, locale));
  }

  public Path pdf(LocalDate day, Locale locale) throws IOException {
    DailyReport report = DailyReport.of(desk, day, CashierTexts.VIETNAM);
    return write(
        fileName(day, locale, "pdf"), out -> new DailyReportPdf().write(out, report, locale));
  }

  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  private Path write(String name, Writing writing) throws IOException {
    Files.createDirectories(folder);
    Path target = folder.resolve(name);
    Path partial = folder.resolve(name + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      writing.to(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    return Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
