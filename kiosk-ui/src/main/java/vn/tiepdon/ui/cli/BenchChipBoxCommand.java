package vn.tiepdon.ui.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.devices.bench.ChipBoxBenchmark;
import vn.tiepdon.devices.bench.ScannerBenchmark;

/**
 * {@code tiepdon bench chipbox}: the APDU tunnel of a serial chip-reader box over a socat pty pair
 * — round trip p50/p99 per APDU and the time to read a DG2-sized file, as JSON.
 */
@Command(
    name = "chipbox",
    mixinStandardHelpOptions = true,
    description = {
      "Serial chip-box APDU tunnel over a socat pty pair: round trip p50/p99 ms per",
      "READ BINARY and ms to read a 20 KB DG2 in 223-byte chunks. Needs socat."
    })
final class BenchChipBoxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--apdus",
      defaultValue = "1000",
      description = "APDUs timed one by one (default: ${DEFAULT-VALUE}).")
  int apdus;

  @Option(
      names = "--reads",
      defaultValue = "20",
      description = "DG2-sized file reads (default: ${DEFAULT-VALUE}).")
  int reads;

  @Override
  public Integer call() throws Exception {
    if (apdus < 1 || apdus > 1_000_000) {
      throw new BadInputException("--apdus must be 1..1000000, was " + apdus);
    }
    if (reads < 1 || reads > 10_000) {
      throw new BadInputException("--reads must be 1..10000, was " + reads);
    }
    ChipBoxBenchmark.Result result;
    try {
      result = ChipBoxBenchmark.run(apdus, reads);
    } catch (ScannerBenchmark.Unavailable e) {
      throw new BadInputException("bench chipbox cannot run here: " + e.getMessage(), e);
    }
    Json.print(spec.commandLine().getOut(), result);
    return ExitCodes.OK;
  }
}
