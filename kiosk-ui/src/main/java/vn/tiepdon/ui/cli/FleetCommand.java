package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.fleet.AlertRules;
import vn.tiepdon.provisioning.fleet.CommandHistory;
import vn.tiepdon.provisioning.fleet.CommandHistoryFile;
import vn.tiepdon.provisioning.fleet.CommandRecord;
import vn.tiepdon.provisioning.fleet.FleetCommands;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.fleet.FleetTable;
import vn.tiepdon.provisioning.fleet.KioskRow;
import vn.tiepdon.provisioning.identity.SigningKeyStore;
import vn.tiepdon.provisioning.mqtt.MqttFleetCommandTransport;
import vn.tiepdon.provisioning.mqtt.MqttTelemetryFeed;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.fleet.FleetRowText;
import vn.tiepdon.ui.fleet.FleetRowsJson;
import vn.tiepdon.ui.fleet.FleetTexts;
import vn.tiepdon.ui.fleet.fx.FleetWindow;
import vn.tiepdon.ui.fx.FxRuntime;

@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    description = {
      "The IT fleet console: every kiosk live, alerts, commands with confirmation, history.",
      "Without a subcommand it opens the console window."
    },
    subcommands = {FleetCommand.Status.class, FleetCommand.Send.class})
final class FleetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Broker broker = new Broker();

  @Option(
      names = "--group",
      defaultValue = "fleet",
      description =
          "MQTT 5 shared-subscription group for health and events; consoles in one group split"
              + " them (default: ${DEFAULT-VALUE}).")
  String group;

  @Mixin OperatorKey key = new OperatorKey();

  @Override
  public Integer call() throws InterruptedException {
    if (broker.url == null) {
      throw new BadInputException("--broker is required to open the fleet console");
    }
    Clock clock = Clock.systemUTC();
    FleetTable table = new FleetTable(clock, AlertRules.DEFAULT);
    CommandHistory history = key.history();
    Optional<FleetCommands> commands =
        key.file == null ? Optional.empty() : Optional.of(key.commands(broker, history, clock));
    try (FleetListener listener = listen(broker.settings("fleet-console", group), table)) {
      FxRuntime.start();
      CountDownLatch closed = new CountDownLatch(1);
      FxRuntime.call(
              () -> FleetWindow.open(table, commands, history, FleetTexts.of(Locale.getDefault())))
          .setOnHidden(e -> closed.countDown());
      closed.await();
    } finally {
      commands.ifPresent(FleetCommands::close);
      FxRuntime.stop();
    }
    return ExitCodes.OK;
  }

  static FleetListener listen(FleetSettings settings, FleetTable table) {
    try {
      return MqttTelemetryFeed.listen(settings, table);
    } catch (IllegalStateException e) {
      throw new BadInputException(
          "--broker " + settings.brokerUrl() + ": cannot connect (" + rootMessage(e) + ")", e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  /** Reads {@code 3s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT3S}). */
  static Duration duration(String option, String text) {
    Matcher short_ = Pattern.compile("(\\d{1,9})(ms|s|m|h)").matcher(text.strip());
    if (short_.matches()) {
      long value = Long.parseLong(short_.group(1));
      return switch (short_.group(2)) {
        case "ms" -> Duration.ofMillis(value);
        case "s" -> Duration.ofSeconds(value);
        case "m" -> Duration.ofMinutes(value);
        default -> Duration.ofHours(value);
      };
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          option + " must be a duration like 3s, 500ms, 2m or PT3S, was '" + text + "'");
    }
  }

  /** How to reach the broker; shared by the console and its subcommands. */
  static final class Broker {
    @Option(
        names = "--broker",
        paramLabel = "URL",
        description = "Broker, tcp://host:1883 or ssl://host:8883.")
    String url;

    @Option(names = "--user", description = "Broker user (the ACL's fleet user).")
    String user = "";

    @Option(
        names = "--password",
        description = "Broker password.",
        arity = "0..1",
        interactive = true)
    String password = "";

    @Option(names = "--ca", paramLabel = "PEM", description = "CA certificate for ssl://.")
    String ca = "";

    FleetSettings settings(String role, String group) {
      if (url == null) {
        throw new BadInputException("--broker is required");
      }
      String clientId = role + "-" + UUID.randomUUID().toString().substring(0, 8);
      try {
        return new FleetSettings(url, clientId, user, password, ca, group);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--broker/--ca: " + e.getMessage(), e);
      }
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "Print the fleet table: every kiosk's state, last seen, faults, paper, version, alerts.",
        "Listens for --wait, then prints; status is retained, health arrives every kiosk's"
            + " interval, so wait at least one health interval for device columns."
      })
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Broker broker = new Broker();

    @Option(names = "--json", description = "A JSON array, for scripts.")
    boolean json;

    @Option(
        names = "--wait",
        defaultValue = "3s",
        description = "How long to listen before printing (default: ${DEFAULT-VALUE}).")
    String waitText;

    @Override
    public Integer call() throws InterruptedException {
      Duration wait = duration("--wait", waitText);
      if (wait.isNegative() || wait.compareTo(Duration.ofHours(1)) > 0) {
        throw new BadInputException("--wait must be between 0s and 1h, was " + waitText);
      }
      FleetTable table = new FleetTable(Clock.systemUTC(), AlertRules.DEFAULT);
      // No shared group: a one-off reader must not take health away from the consoles' group.
      try (FleetListener listener = listen(broker.settings("fleet-status", ""), table)) {
        Thread.sleep(wait.toMillis());
      }
      List<KioskRow> rows = table.rows();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.print(out, FleetRowsJson.of(rows));
      } else {
        printTable(out, rows, FleetTexts.of(Locale.getDefault()));
      }
      return ExitCodes.OK;
    }

    static void printTable(PrintWriter out, List<KioskRow> rows, FleetTexts texts) {
      List<String[]> lines = new ArrayList<>();
      lines.add(
          new String[] {
            texts.get("column.kiosk"),
            texts.get("column.state"),
            texts.get("column.since"),
            texts.get("column.lastSeen"),
            texts.get("column.version"),
            texts.get("column.faults"),
            texts.get("column.paper"),
            texts.get("column.outbox"),
            texts.get("column.alerts")
          });
      for (KioskRow row : rows) {
        lines.add(FleetRowText.cells(row, texts));
      }
      int[] widths = new int[lines.get(0).length];
      for (String[] line : lines) {
        for (int i = 0; i < line.length; i++) {
          widths[i] = Math.max(widths[i], line[i].length());
        }
      }
      for (String[] line : lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length; i++) {
          text.append(i == line.length - 1 ? line[i] : pad(line[i], widths[i] + 2));
        }
        out.println(text.toString().stripTrailing());
      }
      out.flush();
    }

    private static String pad(String text, int width) {
      return text + " ".repeat(Math.max(0, width - text.length()));
    }
  }

  /** The operator's signing key and where this desk keeps its command history. */
  static final class OperatorKey {
    @Option(
        names = "--key",
        paramLabel = "KEYSTORE",
        description = "The IT operator's signing keystore (PKCS12, from 'provision keygen').")
    Path file;

    @Option(
        names = "--key-password",
        description =
            "Password of the operator keystore; alone, it asks for it. Without it: --key-password-file"
                + " or the environment variable "
                + ProvisionCommand.PASSWORD_ENV
                + ".",
        arity = "0..1",
        interactive = true)
    String password;

    @Option(
        names = "--key-password-file",
        paramLabel = "FILE",
        description = "Read the keystore password from the first line of FILE.")
    Path passwordFile;

    @Option(
        names = "--history",
        paramLabel = "FILE",
        description =
            "Command history (JSON lines; default: ~/.tiepdon/fleet/command-history.jsonl).")
    Path historyFile;

    @Option(
        names = "--ttl",
        defaultValue = "5m",
        description = "How long a command stays valid (default: ${DEFAULT-VALUE}).")
    String ttlText;

    CommandHistory history() {
      Path path =
          historyFile != null
              ? historyFile
              : Path.of(
                  System.getProperty("user.home"), ".tiepdon", "fleet", "command-history.jsonl");
      try {
        return new CommandHistoryFile(path);
      } catch (RuntimeException e) {
        throw new BadInputException("--history " + path + ": " + rootMessage(e), e);
      }
    }

    /** Same sources as {@code provision}: option (or prompt), file, environment. */
    private char[] keyPassword() {
      if (password != null) {
        return password.toCharArray();
      }
      if (passwordFile != null) {
        try {
          String first = Files.readString(passwordFile).lines().findFirst().orElse("");
          if (first.isEmpty()) {
            throw new BadInputException("--key-password-file: " + passwordFile + " is empty");
          }
          return first.toCharArray();
        } catch (IOException e) {
          throw new BadInputException("--key-password-file: cannot read " + passwordFile, e);
        }
      }
      String value = System.getenv(ProvisionCommand.PASSWORD_ENV);
      if (value == null || value.isEmpty()) {
        throw new BadInputException(
            "no password for --key: give --key-password, --key-password-file FILE or set "
                + ProvisionCommand.PASSWORD_ENV);
      }
      return value.toCharArray();
    }

    FleetCommands commands(Broker broker, CommandHistory history, Clock clock) {
      if (file == null) {
        throw new BadInputException("--key is required to sign commands");
      }
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("--key: no such file: " + file);
      }
      Duration ttl = duration("--ttl", ttlText);
      if (ttl.compareTo(Duration.ofSeconds(10)) < 0 || ttl.compareTo(Duration.ofHours(1)) > 0) {
        throw new BadInputException("--ttl must be between 10s and 1h, was " + ttlText);
      }
      SigningKeyStore store;
      try {
        store = SigningKeyStore.open(file, keyPassword());
      } catch (RuntimeException e) {
        throw new BadInputException("--key " + file + ": " + rootMessage(e), e);
      }
      CommandSigner signer = new CommandSigner(store.privateKey(), store.publicKey());
      MqttFleetCommandTransport transport;
      try {
        transport = new MqttFleetCommandTransport(broker.settings("fleet-send", ""));
      } catch (IllegalStateException e) {
        throw new BadInputException(
            "--broker " + broker.url + ": cannot connect (" + rootMessage(e) + ")", e);
      }
      return new FleetCommands(signer, transport, history, clock, ttl);
    }
  }

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description = {
        "Sign a command with the operator key, confirm, send it to one kiosk and wait for its ack.",
        "Prints JSON: the command and every ack. Exit 0 when the kiosk answered DONE, 1 when it"
            + " refused, failed or did not answer in time, 2 for bad input or no confirmation."
      })
  static final class Send implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Broker broker = new Broker();
    @Mixin OperatorKey key = new OperatorKey();
    InputStream stdin = System.in;

    @Option(
        names = "--kiosk",
        paramLabel = "SITE/KIOSK",
        required = true,
        description = "The kiosk, e.g. bv-choray/k01.")
    String kiosk;

    @Option(names = "--type", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    CommandType type;

    @Option(
        names = "--arg",
        paramLabel = "KEY=VALUE",
        description = "A command argument, repeatable (e.g. --arg en=Closed --arg minutes=10).")
    List<String> args = new ArrayList<>();

    @Option(names = "--yes", description = "Do not ask for confirmation (scripts).")
    boolean yes;

    @Option(
        names = "--wait",
        defaultValue = "30s",
        description = "How long to wait for the final ack (default: ${DEFAULT-VALUE}).")
    String waitText;

    @Override
    public Integer call() throws Exception {
      KioskRef target = kioskRef(kiosk);
      ObjectNode arguments = arguments(args);
      Duration wait = duration("--wait", waitText);
      if (wait.compareTo(Duration.ofSeconds(1)) < 0 || wait.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new BadInputException("--wait must be between 1s and 10m, was " + waitText);
      }
      Clock clock = Clock.systemUTC();
      try (FleetCommands commands = key.commands(broker, key.history(), clock)) {
        if (!yes && !confirmed(target, commands)) {
          throw new BadInputException("not confirmed: nothing was sent to " + target);
        }
        FleetCommands.Outcome outcome = commands.send(target, type, arguments, wait);
        Json.print(spec.commandLine().getOut(), json(outcome));
        return outcome.last().filter(ack -> ack.status() == AckStatus.DONE).isPresent()
            ? ExitCodes.OK
            : ExitCodes.INTERNAL_ERROR;
      }
    }

    private boolean confirmed(KioskRef target, FleetCommands commands) throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      err.print(
          "Send "
              + type
              + " "
              + (args.isEmpty() ? "" : args + " ")
              + "to "
              + target
              + ", signed with operator key "
              + commands.operatorKeyId()
              + ", valid "
              + commands.ttl().toMinutes()
              + " min? [y/N] ");
      err.flush();
      String answer =
          new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
      return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes|c|có");
    }

    static KioskRef kioskRef(String text) {
      String[] parts = text == null ? new String[0] : text.split("/", -1);
      if (parts.length != 2) {
        throw new BadInputException(
            "--kiosk must be SITE/KIOSK, e.g. bv-choray/k01, was '" + text + "'");
      }
      try {
        return KioskRef.of(parts[0], parts[1]);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--kiosk '" + text + "': " + e.getMessage(), e);
      }
    }

    static ObjectNode arguments(List<String> args) {
      ObjectNode json = new ObjectMapper().createObjectNode();
      for (String arg : args) {
        int equals = arg.indexOf('=');
        if (equals < 1) {
          throw new BadInputException("--arg must be KEY=VALUE, was '" + arg + "'");
        }
        String name = arg.substring(0, equals).strip();
        String value = arg.substring(equals + 1);
        if (value.matches("-?\\d{1,15}")) {
          json.put(name, Long.parseLong(value));
        } else {
          json.put(name, value);
        }
      }
      return json;
    }

    private static Map<String, Object> json(FleetCommands.Outcome outcome) {
      Map<String, Object> command = new LinkedHashMap<>();
      command.put("id", outcome.command().id().value());
      command.put("kiosk", outcome.command().target().toString());
      command.put("type", outcome.command().type().name());
      command.put("issuedAt", outcome.command().issuedAt().toString());
      command.put("expiresAt", outcome.command().expiresAt().toString());
      command.put("operatorKeyId", outcome.command().operatorKeyId());
      List<Map<String, Object>> acks = new ArrayList<>();
      for (CommandAck ack : outcome.acks()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", ack.status().name());
        json.put("detail", ack.detail());
        json.put("at", ack.at().toString());
        ack.result().ifPresent(result -> json.put("result", result));
        acks.add(json);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("command", command);
      json.put("acks", acks);
      json.put(
          "final",
          outcome.answered()
              ? outcome.last().orElseThrow().status().name()
              : CommandRecord.NO_ANSWER);
      return json;
    }
  }
}
