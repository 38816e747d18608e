package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "provision",
    mixinStandardHelpOptions = true,
    description = "Create, sign and verify enrolment and configuration bundles.",
    subcommands = {
      ProvisionCommand.Keygen.class,
      ProvisionCommand.Request.class,
      ProvisionCommand.Bundle.class,
      ProvisionCommand.Sign.class,
      ProvisionCommand.Verify.class
    })
final class ProvisionCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "keygen", mixinStandardHelpOptions = true, description = "Create a key pair.")
  static final class Keygen extends NotYetAvailable {}

  @Command(
      name = "request",
      mixinStandardHelpOptions = true,
      description = "Print this kiosk's enrolment request.")
  static final class Request extends NotYetAvailable {}

  @Command(
      name = "bundle",
      mixinStandardHelpOptions = true,
      description = "Build an enrolment bundle.")
  static final class Bundle extends NotYetAvailable {}

  @Command(name = "sign", mixinStandardHelpOptions = true, description = "Sign a bundle.")
  static final class Sign extends NotYetAvailable {}

  @Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify a bundle.")
  static final class Verify extends NotYetAvailable {}
}
