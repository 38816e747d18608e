package vn.tiepdon.ui.cli;

import picocli.CommandLine.Command;

@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = "Reconcile payment intents against a bank feed.")
final class ReconcileCommand extends NotYetAvailable {}
