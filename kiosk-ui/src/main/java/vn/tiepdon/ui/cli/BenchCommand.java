package vn.tiepdon.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.citizenid.chip.software.ChipBenchmark;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.payment.bench.VietQrBenchmark;
import vn.tiepdon.queue.sqlite.QueueBenchmark;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; each prints JSON.",
    subcommands = {
      BenchCommand.Chip.class,
      BenchChipBoxCommand.class,
      BenchFaceCommand.class,
      BenchCommand.Queue.class,
      BenchCommand.Vietqr.class,
      BenchReconcileCommand.class,
      BenchFleetCommand.class,
      BenchScannerCommand.class,
      BenchStartupCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "chip",
      mixinStandardHelpOptions = true,
      description =
          "APDUs and milliseconds per full read (PACE, BAC, short APDUs) against the software chip.")
  static final class Chip implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--reads",
        defaultValue = "50",
        description = "Reads per scenario (default: ${DEFAULT-VALUE}).")
    int reads;

    @Option(
        names = "--face",
        paramLabel = "FILE",
        description = "DG2 photo (JPEG or JPEG 2000) for the chip; default: a drawn test image.")
    Path face;

    @Override
    public Integer call() throws Exception {
      if (reads < 1) {
        throw new BadInputException("--reads must be at least 1, was " + reads);
      }
      if (face != null && !Files.isRegularFile(face)) {
        throw new BadInputException("--face: no such file: " + face);
      }
      FaceImageFile photo =
          face == null ? FaceImageFile.drawn(java.awt.Color.GRAY) : FaceImageFile.read(face);
      Json.print(spec.commandLine().getOut(), ChipBenchmark.run(Clock.systemUTC(), reads, photo));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "queue",
      mixinStandardHelpOptions = true,
      description =
          "Ticket numbering under contention on one SQLite file: duplicates, gaps, throughput.")
  static final class Queue implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--db",
        paramLabel = "FILE",
        required = true,
        description = "SQLite file to issue into.")
    Path db;

    @Option(
        names = "--threads",
        defaultValue = "8",
        description = "Threads per process (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
        names = "--tickets",
        defaultValue = "20000",
        description = "Tickets in all (default: ${DEFAULT-VALUE}).")
    int tickets;

    @Option(
        names = "--processes",
        defaultValue = "1",
        description = "Worker processes (default: ${DEFAULT-VALUE}).")
    int processes;

    @Override
    public Integer call() {
      if (threads < 1 || tickets < 1 || processes < 1) {
        throw new BadInputException(
            "--threads, --tickets and --processes must be at least 1, were "
                + threads
                + ", "
                + tickets
                + ", "
                + processes);
      }
      Json.print(spec.commandLine().getOut(), QueueBenchmark.run(db, threads, tickets, processes));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "vietqr",
      mixinStandardHelpOptions = true,
      description =
          "VietQR encode, decode and reference finding, in microseconds per operation (JMH).")
  static final class Vietqr implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--seconds",
        defaultValue = "10",
        description = "Measuring time per benchmark (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
      if (seconds < 1) {
        throw new BadInputException("--seconds must be at least 1, was " + seconds);
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put(
          "microsecondsPerOperation",
          VietQrBenchmark.microsecondsPerOperation(
              Duration.ofSeconds(seconds), Duration.ofSeconds(seconds), 1));
      Json.print(spec.commandLine().getOut(), result);
      return ExitCodes.OK;
    }
  }
}
