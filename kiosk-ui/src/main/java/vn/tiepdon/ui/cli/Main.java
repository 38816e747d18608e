package vn.tiepdon.ui.cli;

import picocli.CommandLine;

/** Entry point of the {@code tiepdon} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // HiveMQ's jar ships a logback.xml too; Logback would print a warning about it on stdout,
    // which belongs to the commands' JSON.
    System.setProperty(
        "logback.statusListenerClass",
        System.getProperty(
            "logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener"));
    System.exit(run(args));
  }

  /**
   * Runs one command line and returns its exit status: 0 success, 2 bad input, 1 internal error.
   */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new TiepdonCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setExitCodeExceptionMapper(ExitCodes::exitCodeOf);
    return cli;
  }
}
