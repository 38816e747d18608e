package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "chip",
    mixinStandardHelpOptions = true,
    description = "Chip card tools.",
    subcommands = {ChipCommand.Read.class})
final class ChipCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "read",
      mixinStandardHelpOptions = true,
      description = "Read a chip (PC/SC reader or the software chip).")
  static final class Read extends NotYetAvailable {}
}
