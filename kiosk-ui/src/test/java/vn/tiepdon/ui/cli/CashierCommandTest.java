package vn.tiepdon.ui.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What stops {@code tiepdon cashier} before its window opens: each is bad input (exit 2) with one
 * line naming what was wrong, and a secret is never printed.
 */
class CashierCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path desk(String deskSection) throws Exception {
    return Files.writeString(
        dir.resolve("desk.yaml"),
        "site:\n"
            + "  id: bv-test\n"
            + "  name: {vi: \"Bệnh viện Thử\", en: \"Test Hospital\"}\n"
            + "desk:\n"
            + deskSection
            + "payment:\n"
            + "  bankBin: \"970436\"\n"
            + "  accountNumber: \"0011001234567\"\n"
            + "  accountName: \"BENH VIEN THU\"\n",
        UTF_8);
  }

  @Test
  void anUnknownLanguageIsNamed() throws Exception {
    assertThat(run("cashier", "--config", desk("  id: t1\n").toString(), "--lang", "fr"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--lang must be vi or en, was 'fr'");
  }

  @Test
  void anUnknownKeyIsNamedWithTheFile() throws Exception {
    Path config = desk("  id: t1\n  webhookPrt: 9000\n");
    assertThat(run("cashier", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("desk.yaml").contains("unknown key 'desk.webhookPrt'");
  }

  @Test
  void aShortSecretIsNamedByItsKeyButNeverPrinted() throws Exception {
    Path config = desk("  id: t1\n  sepayApiKey: \"tooShort42\"\n");
    assertThat(run("cashier", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("desk.sepayApiKey")
        .contains("at least 16 characters, was 10")
        .doesNotContain("tooShort42");
  }

  @Test
  void aBusyWebhookPortIsNamed() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Path config =
          desk(
              "  id: t1\n"
                  + "  database: "
                  + dir.resolve("desk.db")
                  + "\n"
                  + "  webhookPort: "
                  + taken.getLocalPort()
                  + "\n  cassoChecksumKey: \"casso-checksum-key-made-up-for-tests\"\n");
      assertThat(run("cashier", "--config", config.toString())).isEqualTo(2);
      assertThat(err.toString())
          .contains("desk.webhookPort " + taken.getLocalPort())
          .doesNotContain("casso-checksum-key-made-up-for-tests");
    }
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsNamed() throws Exception {
    Files.writeString(dir.resolve("not-a-folder"), "x");
    Path config = desk("  id: t1\n  database: " + dir.resolve("not-a-folder/desk.db") + "\n");
    assertThat(run("cashier", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("desk.database").contains("not-a-folder");
  }
}
