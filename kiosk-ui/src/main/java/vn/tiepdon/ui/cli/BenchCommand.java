package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; each prints JSON.",
    subcommands = {
      BenchCommand.Chip.class,
      BenchCommand.Face.class,
      BenchCommand.Queue.class,
      BenchCommand.Vietqr.class,
      BenchCommand.Reconcile.class,
      BenchCommand.Fleet.class,
      BenchCommand.Scanner.class,
      BenchCommand.Startup.class
    })
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "chip",
      mixinStandardHelpOptions = true,
      description = "Full chip reads against the software chip.")
  static final class Chip extends NotYetAvailable {}

  @Command(name = "face", mixinStandardHelpOptions = true, description = "Face pipeline stages.")
  static final class Face extends NotYetAvailable {}

  @Command(
      name = "queue",
      mixinStandardHelpOptions = true,
      description = "Ticket numbering under contention.")
  static final class Queue extends NotYetAvailable {}

  @Command(
      name = "vietqr",
      mixinStandardHelpOptions = true,
      description = "VietQR encode and decode.")
  static final class Vietqr extends NotYetAvailable {}

  @Command(
      name = "reconcile",
      mixinStandardHelpOptions = true,
      description = "Reconciliation at scale.")
  static final class Reconcile extends NotYetAvailable {}

  @Command(
      name = "fleet",
      mixinStandardHelpOptions = true,
      description = "Simulated fleet against a broker.")
  static final class Fleet extends NotYetAvailable {}

  @Command(
      name = "scanner",
      mixinStandardHelpOptions = true,
      description = "Serial scanner frames over a pty.")
  static final class Scanner extends NotYetAvailable {}

  @Command(
      name = "startup",
      mixinStandardHelpOptions = true,
      description = "Kiosk start-up time and memory.")
  static final class Startup extends NotYetAvailable {}
}
