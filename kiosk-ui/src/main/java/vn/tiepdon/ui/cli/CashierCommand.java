package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "cashier",
    mixinStandardHelpOptions = true,
    description = "The cashier desk application (--config desk.yaml).")
final class CashierCommand extends NotYetAvailable {}
