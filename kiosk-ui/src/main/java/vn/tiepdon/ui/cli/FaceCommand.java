package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "face",
    mixinStandardHelpOptions = true,
    description = "Face verification tools.",
    subcommands = {FaceCommand.Verify.class, FaceCommand.Eval.class})
final class FaceCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "1:1 verification of two images.")
  static final class Verify extends NotYetAvailable {}

  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = "Evaluate verification over a list of pairs.")
  static final class Eval extends NotYetAvailable {}
}
