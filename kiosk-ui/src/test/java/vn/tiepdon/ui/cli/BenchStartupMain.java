package vn.tiepdon.ui.cli;

import picocli.CommandLine;

/** Runs {@code bench startup} alone in a JVM, as {@code ./tiepdon bench startup} will. */
final class BenchStartupMain {
  private BenchStartupMain() {}

  public static void main(String[] args) {
    // As Main: Logback's start-up notes would otherwise land on stdout, among the JSON.
    System.setProperty(
        "logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
    CommandLine cli = new CommandLine(new BenchStartupCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setExitCodeExceptionMapper(ExitCodes::exitCodeOf);
    System.exit(cli.execute(args));
  }
}
