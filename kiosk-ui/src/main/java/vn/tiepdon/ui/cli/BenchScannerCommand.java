package vn.tiepdon.ui.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.devices.bench.ScannerBenchmark;

/**
 * {@code tiepdon bench scanner}: the real serial scanner adapter over a socat pty pair — delay from
 * the last byte to the delivered scan (p50/p99) and frames per second of a flood, as JSON.
 */
@Command(
    name = "scanner",
    mixinStandardHelpOptions = true,
    description = {
      "Serial scanner over a socat pty pair: last byte to delivered scan (p50/p99 ms), one scan",
      "at a time, and frames/s of a flood with lost/merged counts. Needs socat."
    })
final class BenchScannerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scans",
      defaultValue = "1000",
      description = "Scans sent one at a time for the delay (default: ${DEFAULT-VALUE}).")
  int scans;

  @Option(
      names = "--flood",
      defaultValue = "5000",
      description = "Scans written back to back for frames/s (default: ${DEFAULT-VALUE}).")
  int flood;

  @Override
  public Integer call() throws Exception {
    if (scans < 1 || scans > 1_000_000) {
      throw new BadInputException("--scans must be 1..1000000, was " + scans);
    }
    if (flood < 1 || flood > 1_000_000) {
      throw new BadInputException("--flood must be 1..1000000, was " + flood);
    }
    ScannerBenchmark.Result result;
    try {
      result = ScannerBenchmark.run(scans, flood);
    } catch (ScannerBenchmark.Unavailable e) {
      throw new BadInputException("bench scanner cannot run here: " + e.getMessage(), e);
    }
    Json.print(spec.commandLine().getOut(), result);
    return ExitCodes.OK;
  }
}
