package vn.tiepdon.ui.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.fx.FxRuntime;
import vn.tiepdon.ui.fx.StartupBenchmark;

/**
 * {@code tiepdon bench startup}: milliseconds from JVM start to the attract screen, resident memory
 * then, and resident memory after a number of simulated check-ins (flat is the goal).
 */
@Command(
    name = "startup",
    mixinStandardHelpOptions = true,
    description =
        "Kiosk start-up time to the attract screen and memory after simulated check-ins (JSON).")
final class BenchStartupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Kiosk configuration (default: config/demo.yaml of the installation).")
  Path config;

  @Option(
      names = "--check-ins",
      defaultValue = "1000",
      description = "Simulated check-ins after start-up (default: ${DEFAULT-VALUE}).")
  int checkIns;

  @Option(
      names = "--window",
      description = "Show the kiosk on the desktop instead of the headless Monocle platform.")
  boolean window;

  @Override
  public Integer call() throws Exception {
    if (checkIns < 0 || checkIns > 100_000) {
      throw new BadInputException("--check-ins must be 0..100000, was " + checkIns);
    }
    Path home = Home.path();
    TiepdonConfig kioskConfig =
        ConfigFiles.load(config != null ? config : home.resolve("config/demo.yaml"));
    if (!window) {
      StartupBenchmark.useHeadlessPlatform();
    }
    Path work = Files.createTempDirectory("tiepdon-bench-startup");
    try {
      Map<String, Object> result = new StartupBenchmark(kioskConfig, home, work).run(checkIns);
      Json.print(spec.commandLine().getOut(), result);
      return ExitCodes.OK;
    } finally {
      FxRuntime.stop();
      deleteTree(work);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
