package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "Face model management.",
    subcommands = {ModelsCommand.Fetch.class})
final class ModelsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "fetch",
      mixinStandardHelpOptions = true,
      description = "Install the face models, checked by sha256.")
  static final class Fetch extends NotYetAvailable {}
}
