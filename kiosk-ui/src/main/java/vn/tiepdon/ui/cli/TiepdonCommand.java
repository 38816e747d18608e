package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code tiepdon} command line: one launcher for the kiosk, the desks and the tools. */
@Command(
    name = "tiepdon",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "TiepDon: self-service registration kiosk for Vietnamese hospitals.",
    footer = {"", "Exit status: 0 success, 2 bad input (one line on stderr), 1 internal error."},
    subcommands = {
      HelpCommand.class,
      DemoCommand.class,
      KioskCommand.class,
      CashierCommand.class,
      FleetCommand.class,
      CccdCommand.class,
      ChipCommand.class,
      FaceCommand.class,
      VietQrCommand.class,
      ReconcileCommand.class,
      TicketCommand.class,
      ProvisionCommand.class,
      ModelsCommand.class,
      DevicesCommand.class,
      BenchCommand.class
    })
public final class TiepdonCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
