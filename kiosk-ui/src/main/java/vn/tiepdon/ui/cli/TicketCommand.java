package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "ticket",
    mixinStandardHelpOptions = true,
    description = "Issue and inspect queue tickets against a local store.",
    subcommands = {
      TicketCommand.Issue.class,
      TicketCommand.List.class,
      TicketCommand.Services.class
    })
final class TicketCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "issue", mixinStandardHelpOptions = true, description = "Issue a ticket.")
  static final class Issue extends NotYetAvailable {}

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List tickets.")
  static final class List extends NotYetAvailable {}

  @Command(
      name = "services",
      mixinStandardHelpOptions = true,
      description = "Print the service catalogue.")
  static final class Services extends NotYetAvailable {}
}
