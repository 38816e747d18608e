package vn.tiepdon.ui.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.tiepdon.ui.config.ConfigException;

/**
 * Maps failures to the launcher's exit statuses: bad input (and a configuration that does not fit
 * this machine, found at start-up) is one clear line on stderr and status 2; anything else is an
 * internal error with status 1 and its stack trace, because it is our bug.
 */
final class ExitCodes implements IExecutionExceptionHandler {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof BadInputException || e instanceof ConfigException) {
      cli.getErr().println("tiepdon: " + e.getMessage());
      return BAD_INPUT;
    }
    cli.getErr().println("tiepdon: internal error: " + e);
    e.printStackTrace(cli.getErr());
    return INTERNAL_ERROR;
  }

  static int exitCodeOf(Throwable t) {
    return t instanceof BadInputException
            || t instanceof ConfigException
            || t instanceof CommandLine.ParameterException
        ? BAD_INPUT
        : INTERNAL_ERROR;
  }
}
