package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "vietqr",
    mixinStandardHelpOptions = true,
    description = "VietQR payload tools.",
    subcommands = {
      VietQrCommand.Encode.class,
      VietQrCommand.Decode.class,
      VietQrCommand.Reference.class
    })
final class VietQrCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "encode",
      mixinStandardHelpOptions = true,
      description = "Encode a VietQR payload.")
  static final class Encode extends NotYetAvailable {}

  @Command(
      name = "decode",
      mixinStandardHelpOptions = true,
      description = "Decode a VietQR payload from stdin.")
  static final class Decode extends NotYetAvailable {}

  @Command(
      name = "reference",
      mixinStandardHelpOptions = true,
      description = "Print fresh payment reference codes.")
  static final class Reference extends NotYetAvailable {}
}
