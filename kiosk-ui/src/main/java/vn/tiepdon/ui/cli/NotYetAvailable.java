package vn.tiepdon.ui.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of subcommands that a later release fills in: they exist, say so, and exit 2. */
abstract class NotYetAvailable implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println(
            "tiepdon "
                + spec.qualifiedName(" ").replaceFirst("^tiepdon ", "")
                + ": not yet available in this version");
    return ExitCodes.BAD_INPUT;
  }
}
