package vn.tiepdon.ui.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.provisioning.identity.SigningKeyStore;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.fleet.CommandAnsweringKiosk;
import vn.tiepdon.ui.fleet.FleetTexts;
import vn.tiepdon.ui.fleet.SimulatedKiosk;

/** {@code tiepdon fleet status|send} against an embedded HiveMQ CE broker with real kiosks. */
class FleetCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KioskRef K01 = KioskRef.of("bv-cli", "k01");
  private static final char[] KEY_PASSWORD = "operator-pw".toCharArray();

  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  @TempDir static Path folder;
  private static DemoBroker broker;
  private static SimulatedKiosk k01;
  private static SimulatedKiosk k02;
  private static CommandAnsweringKiosk k01Commands;
  private static Path operatorKey;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void startFleet() throws Exception {
    broker = DemoBroker.start(folder.resolve("broker"));
    k01 = new SimulatedKiosk(broker.url(), "bv-cli", "k01", "1.4.2", folder, false);
    k02 = new SimulatedKiosk(broker.url(), "bv-cli", "k02", "1.4.1", folder, true);
    await().until(() -> k01.online() && k02.online());
    operatorKey = folder.resolve("operator.p12");
    SigningKeyStore store =
        SigningKeyStore.create(operatorKey, KEY_PASSWORD, "it-operator", Clock.systemUTC());
    k01Commands =
        new CommandAnsweringKiosk(
            broker.url(), K01, store.publicKey(), folder.resolve("k01-commands.db"));
  }

  @AfterAll
  static void stopFleet() throws Exception {
    k01Commands.close();
    k01.close();
    k02.close();
    broker.close();
  }

  private int run(String stdin, String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    FleetCommand.Send send =
        cli.getSubcommands().get("fleet").getSubcommands().get("send").getCommand();
    send.stdin = new ByteArrayInputStream(stdin.getBytes(UTF_8));
    return cli.execute(args);
  }

  @Test
  void statusPrintsEveryKioskAsJson() throws Exception {
    int status = run("", "fleet", "status", "--broker", broker.url(), "--json", "--wait", "2s");

    assertThat(status).as(err.toString()).isZero();
    JsonNode rows = JSON.readTree(out.toString());
    assertThat(rows.isArray()).isTrue();
    JsonNode first = row(rows, "k01");
    assertThat(first.get("online").asBoolean()).isTrue();
    assertThat(first.get("version").asText()).isEqualTo("1.4.2");
    assertThat(first.get("bdSeq").asLong()).isGreaterThanOrEqualTo(0);
    JsonNode second = row(rows, "k02");
    assertThat(second.get("paperLow").asBoolean()).isTrue();
    assertThat(second.get("alerts").toString()).contains("PAPER_LOW").contains("printer:main");
  }

  @Test
  void statusPrintsAnAlignedTable() {
    int status = run("", "fleet", "status", "--broker", broker.url(), "--wait", "2s");

    assertThat(status).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    FleetTexts texts = FleetTexts.of(Locale.getDefault());
    assertThat(lines.get(0))
        .startsWith(texts.get("column.kiosk"))
        .contains(texts.get("column.state"))
        .endsWith(texts.get("column.alerts"));
    assertThat(lines).anyMatch(line -> line.startsWith("bv-cli/k01 ") && line.contains("1.4.2"));
    int versionColumn = lines.get(0).indexOf(texts.get("column.version"));
    assertThat(lines.stream().filter(l -> l.startsWith("bv-cli/")))
        .allMatch(l -> l.substring(versionColumn).startsWith("1.4."));
  }

  @Test
  void statusNamesABadWaitAndAnUnreachableBroker() {
    assertThat(run("", "fleet", "status", "--broker", broker.url(), "--wait", "soon")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--wait must be a duration like 3s, 500ms, 2m or PT3S, was 'soon'");

    assertThat(run("", "fleet", "status", "--broker", "tcp://127.0.0.1:1", "--wait", "0s"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--broker tcp://127.0.0.1:1: cannot connect");

    assertThat(run("", "fleet", "status", "--broker", "http://x", "--wait", "0s")).isEqualTo(2);
    assertThat(err.toString()).contains("--broker");
  }

  @Test
  void sendSignsConfirmsWaitsForTheAckAndKeepsHistory() throws Exception {
    Path history = folder.resolve("send-history.jsonl");
    int status =
        run(
            "y\n",
            "fleet",
            "send",
            "--broker",
            broker.url(),
            "--kiosk",
            "bv-cli/k01",
            "--type",
            "SHOW_MESSAGE",
            "--arg",
            "vi=Tạm dừng",
            "--arg",
            "en=Paused for cleaning",
            "--key",
            operatorKey.toString(),
            "--key-password",
            new String(KEY_PASSWORD),
            "--history",
            history.toString());

    assertThat(status).as(err.toString()).isZero();
    assertThat(err.toString())
        .contains("Send SHOW_MESSAGE")
        .contains("to bv-cli/k01")
        .contains("[y/N]");
    JsonNode printed = JSON.readTree(out.toString());
    assertThat(printed.get("final").asText()).isEqualTo("DONE");
    assertThat(printed.get("acks").findValuesAsText("status")).containsExactly("ACCEPTED", "DONE");
    assertThat(printed.get("command").get("kiosk").asText()).isEqualTo("bv-cli/k01");
    assertThat(k01Commands.shown).contains("Paused for cleaning");
    List<String> lines = Files.readAllLines(history);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"status\":\"SENT\"");
    assertThat(lines.get(2)).contains("\"status\":\"DONE\"");
  }

  @Test
  void sendWithoutConfirmationSendsNothing() throws Exception {
    int before = k01Commands.received.size();
    int status =
        run(
            "n\n",
            "fleet",
            "send",
            "--broker",
            broker.url(),
            "--kiosk",
            "bv-cli/k01",
            "--type",
            "RESTART",
            "--key",
            operatorKey.toString(),
            "--key-password-file",
            passwordFile().toString(),
            "--history",
            folder.resolve("refused-history.jsonl").toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("not confirmed: nothing was sent to bv-cli/k01");
    assertThat(out.toString()).isEmpty();
    assertThat(k01Commands.received).hasSize(before);
    assertThat(folder.resolve("refused-history.jsonl")).doesNotExist();
  }

  @Test
  void aKioskWithoutAHandlerAnswersUnsupportedAndTheExitSaysSo() throws Exception {
    int status =
        run(
            "",
            "fleet",
            "send",
            "--yes",
            "--broker",
            broker.url(),
            "--kiosk",
            "bv-cli/k01",
            "--type",
            "SCREENSHOT",
            "--key",
            operatorKey.toString(),
            "--key-password",
            new String(KEY_PASSWORD),
            "--history",
            folder.resolve("unsupported-history.jsonl").toString());

    assertThat(status).isEqualTo(1);
    assertThat(JSON.readTree(out.toString()).get("final").asText())
        .isEqualTo("REJECTED_UNSUPPORTED");
  }

  @Test
  void sendNamesBadInput() {
    assertThat(
            run(
                "",
                "fleet",
                "send",
                "--yes",
                "--broker",
                broker.url(),
                "--kiosk",
                "k01",
                "--type",
                "RESTART",
                "--key",
                operatorKey.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("--kiosk must be SITE/KIOSK, e.g. bv-choray/k01, was 'k01'");

    assertThat(
            run(
                "",
                "fleet",
                "send",
                "--yes",
                "--broker",
                broker.url(),
                "--kiosk",
                "bv-cli/k01",
                "--type",
                "RESTART",
                "--arg",
                "novalue",
                "--key",
                operatorKey.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--arg must be KEY=VALUE, was 'novalue'");

    assertThat(
            run(
                "",
                "fleet",
                "send",
                "--yes",
                "--broker",
                broker.url(),
                "--kiosk",
                "bv-cli/k01",
                "--type",
                "RESTART",
                "--key",
                folder.resolve("missing.p12").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--key: no such file:");

    if (System.getenv("TIEPDON_KEYSTORE_PASSWORD") == null) {
      assertThat(
              run(
                  "",
                  "fleet",
                  "send",
                  "--yes",
                  "--broker",
                  broker.url(),
                  "--kiosk",
                  "bv-cli/k01",
                  "--type",
                  "RESTART",
                  "--key",
                  operatorKey.toString()))
          .isEqualTo(2);
      assertThat(err.toString()).contains("no password for --key");
    }

    assertThat(
            run(
                "",
                "fleet",
                "send",
                "--yes",
                "--broker",
                broker.url(),
                "--kiosk",
                "bv-cli/k01",
                "--type",
                "RESTART",
                "--key",
                operatorKey.toString(),
                "--key-password",
                "wrong"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--key " + operatorKey);

    assertThat(
            run(
                "",
                "fleet",
                "send",
                "--yes",
                "--broker",
                broker.url(),
                "--kiosk",
                "bv-cli/k01",
                "--type",
                "DANCE",
                "--key",
                operatorKey.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--type");
  }

  private static Path passwordFile() throws java.io.IOException {
    Path file = folder.resolve("operator.password");
    Files.writeString(file, new String(KEY_PASSWORD) + "\n");
    return file;
  }

  private static JsonNode row(JsonNode rows, String kiosk) {
    for (JsonNode row : rows) {
      if (row.get("site").asText().equals("bv-cli") && row.get("kiosk").asText().equals(kiosk)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + kiosk + " in " + rows);
  }
}
