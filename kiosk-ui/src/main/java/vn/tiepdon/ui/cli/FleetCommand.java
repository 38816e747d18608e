package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    description = "The IT fleet console.",
    subcommands = {FleetCommand.Status.class, FleetCommand.Send.class})
final class FleetCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Print the live fleet table.")
  static final class Status extends NotYetAvailable {}

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description = "Send a signed command to a kiosk.")
  static final class Send extends NotYetAvailable {}
}
