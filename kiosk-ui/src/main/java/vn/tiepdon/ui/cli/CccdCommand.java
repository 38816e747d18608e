package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "cccd",
    mixinStandardHelpOptions = true,
    description = "CCCD QR code tools.",
    subcommands = {CccdCommand.Parse.class})
final class CccdCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "parse",
      mixinStandardHelpOptions = true,
      description = "CCCD QR text on stdin to JSON on stdout.")
  static final class Parse extends NotYetAvailable {}
}
