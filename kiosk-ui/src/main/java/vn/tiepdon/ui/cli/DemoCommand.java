package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Kiosk UI on simulated devices, an embedded MQTT broker and a live health view.")
final class DemoCommand extends NotYetAvailable {}
