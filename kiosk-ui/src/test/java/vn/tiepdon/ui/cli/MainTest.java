package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher's contract: every command of DESIGN.md exists, and exit statuses mean one thing. */
class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsEveryCommandOfTheDesign() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains(
            "demo",
            "kiosk",
            "cashier",
            "fleet",
            "cccd",
            "chip",
            "face",
            "vietqr",
            "reconcile",
            "ticket",
            "provision",
            "models",
            "devices",
            "bench");
  }

  @Test
  void anUnknownCommandOrOptionIsBadInput() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("frobnicate");
    assertThat(run("demo", "--no-such-option")).isEqualTo(2);
  }

  @Test
  void aMissingDeskConfigurationIsBadInputNamingTheFile() {
    assertThat(run("cashier", "--config", "no-such-desk.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-desk.yaml").contains("not found");
  }

  @Test
  void aBadConfigurationFileIsBadInputNamingTheFile() {
    assertThat(run("kiosk", "--config", "no-such-kiosk.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-kiosk.yaml").contains("not found");
  }
}
