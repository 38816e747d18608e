package vn.tiepdon.ui.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.CsvStatementFormat;
import vn.tiepdon.payment.feed.CsvStatementReader;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.reconcile.ExpectedPayment;
import vn.tiepdon.payment.reconcile.IntentCsv;
import vn.tiepdon.payment.reconcile.Reconciler;
import vn.tiepdon.payment.reconcile.ReconciliationReportCsv;
import vn.tiepdon.payment.reconcile.ReconciliationSummary;

@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Reconcile payment intents against a bank feed; prints JSON counts.",
      "Intents CSV: reference,amount,created_at,expires_at (ISO-8601 with offset).",
      "Feed: --format csv (transaction_id,booked_at,amount,content,account, or a bank layout with"
          + " --layout), or a JSON array of sepay|casso|payos webhook bodies."
    })
final class ReconcileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--intents", paramLabel = "FILE", required = true, description = "Intents CSV.")
  Path intents;

  @Option(names = "--feed", paramLabel = "FILE", required = true, description = "Bank feed.")
  Path feed;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv, sepay, casso or payos (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--layout",
      paramLabel = "NAME",
      defaultValue = "generic",
      description = "CSV layout: generic, vietcombank or techcombank (default: ${DEFAULT-VALUE}).")
  String layout;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write every intent's and transfer's outcome here (CSV, UTF-8 with BOM).")
  Path report;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    requireFile("--intents", intents);
    requireFile("--feed", feed);
    List<ExpectedPayment> expected;
    List<BankTransfer> transfers;
    try {
      expected = IntentCsv.read(intents);
      transfers = readFeed();
    } catch (FeedFormatException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    Reconciler reconciler;
    try {
      reconciler = new Reconciler(expected);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(intents + ": " + e.getMessage(), e);
    }
    transfers.forEach(reconciler::accept);
    Reconciler.Reconciliation result = reconciler.finish();
    if (report != null) {
      try {
        ReconciliationReportCsv.write(report, result, transfers);
      } catch (IOException e) {
        throw new BadInputException("--report: cannot write " + report + ": " + e.getMessage(), e);
      }
    }
    ReconciliationSummary s = result.summary();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("intents", s.intents());
    json.put("transfers", s.transfers());
    json.put("matched", s.matched());
    json.put("partial", s.partial());
    json.put("overpaid", s.overpaid());
    json.put("duplicate", s.duplicate());
    json.put("late", s.late());
    json.put("unmatchedTransfers", s.unmatchedTransfers());
    json.put("unpaidIntents", s.unpaidIntents());
    json.put("ms", (System.nanoTime() - start) / 1_000_000);
    Json.print(spec.commandLine().getOut(), json);
    return ExitCodes.OK;
  }

  private List<BankTransfer> readFeed() {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (f.equals("csv")) {
      CsvStatementFormat csv =
          CsvStatementFormat.preset(layout)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          "--layout must be generic, vietcombank or techcombank, was " + layout));
      return new CsvStatementReader(csv).readAll(feed);
    }
    TransferSource source =
        switch (f) {
          case "sepay" -> TransferSource.SEPAY;
          case "casso" -> TransferSource.CASSO;
          case "payos" -> TransferSource.PAYOS;
          default ->
              throw new BadInputException(
                  "--format must be csv, sepay, casso or payos, was " + format);
        };
    return vn.tiepdon.payment.webhook.WebhookBatch.read(feed, source);
  }

  private static void requireFile(String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(option + ": no such file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(option + ": cannot read " + file);
    }
  }
}
