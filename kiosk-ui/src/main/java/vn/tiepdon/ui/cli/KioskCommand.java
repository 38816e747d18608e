package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "kiosk",
    mixinStandardHelpOptions = true,
    description = "The kiosk on real hardware (--config kiosk.yaml).")
final class KioskCommand extends NotYetAvailable {}
