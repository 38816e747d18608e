package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = "Device tools.",
    subcommands = {DevicesCommand.List.class, DevicesCommand.Test.class})
final class DevicesCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List serial ports and PC/SC readers as JSON.")
  static final class List extends NotYetAvailable {}

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = "Wait for one scan and print it with its timing.")
  static final class Test extends NotYetAvailable {}
}
