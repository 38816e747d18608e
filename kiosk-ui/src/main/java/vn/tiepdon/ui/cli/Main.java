package vn.tiepdon.ui.cli;

import picocli.CommandLine;

/** Entry point of the {@code tiepdon} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
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
