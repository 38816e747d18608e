package vn.tiepdon.ui.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.payment.bench.ReconcileBenchmark;

/**
 * {@code tiepdon bench reconcile}: a generated mangled feed against as many intents; prints time,
 * CPU time, peak heap and the outcome counts as JSON. Run with {@code TIEPDON_JAVA_OPTS=-Xmx1g} to
 * hold it to the 1 GB target.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = "Reconciliation at scale: a generated, mangled feed against as many intents.")
final class BenchReconcileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--transfers",
      defaultValue = "1000000",
      description = "Transfers in the feed (default: ${DEFAULT-VALUE}).")
  int transfers;

  @Option(
      names = "--intents",
      description = "Intents to reconcile against (default: as many as transfers).")
  Integer intents;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the generated feed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    int intentCount = intents == null ? transfers : intents;
    if (transfers < 1 || intentCount < 1) {
      throw new BadInputException(
          "--transfers and --intents must be at least 1, were "
              + transfers
              + " and "
              + intentCount);
    }
    Json.print(spec.commandLine().getOut(), ReconcileBenchmark.run(transfers, intentCount, seed));
    return ExitCodes.OK;
  }
}
