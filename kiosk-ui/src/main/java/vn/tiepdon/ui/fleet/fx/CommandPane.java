package vn.tiepdon.ui.fleet.fx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.fleet.FleetCommands;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.fleet.FleetTexts;

/**
 * Two steps: choose the command and its arguments, then confirm what will be sent to whom; only the
 * confirmation signs and sends. The send waits for the ack off the FX thread.
 */
final class CommandPane {
  private static final Duration ACK_WAIT = Duration.ofSeconds(30);

  private final KioskRef kiosk;
  private final FleetCommands commands;
  private final FleetTexts texts;
  private final Consumer<String> done;
  private final Runnable cancel;
  private final VBox root = new VBox(10);
  private final ChoiceBox<CommandType> type =
      new ChoiceBox<>(FXCollections.observableArrayList(CommandType.values()));
  private final TextArea args = new TextArea();
  private final Label problem = new Label();

  CommandPane(
      KioskRef kiosk,
      FleetCommands commands,
      FleetTexts texts,
      Consumer<String> done,
      Runnable cancel) {
    this.kiosk = kiosk;
    this.commands = commands;
    this.texts = texts;
    this.done = done;
    this.cancel = cancel;
    root.setId("command-pane");
    root.setPadding(new Insets(16));
    root.setMaxSize(520, 360);
    root.setAlignment(Pos.TOP_LEFT);
    root.setStyle(
        "-fx-background-color: white; -fx-border-color: #888; -fx-effect: dropshadow(gaussian,"
            + " rgba(0,0,0,0.3), 12, 0, 0, 2);");
    chooseStep();
  }

  Parent root() {
    return root;
  }

  private void chooseStep() {
    type.setId("command-type");
    if (type.getValue() == null) {
      type.setValue(CommandType.SHOW_MESSAGE);
    }
    args.setId("command-args");
    args.setPrefRowCount(4);
    problem.setId("command-problem");
    Button next = new Button(texts.get("command.next"));
    next.setId("command-next");
    next.setDefaultButton(true);
    next.setOnAction(e -> confirmStep());
    Button cancelButton = new Button(texts.get("command.cancel"));
    cancelButton.setId("command-cancel");
    cancelButton.setOnAction(e -> cancel.run());
    root.getChildren()
        .setAll(
            new Label(texts.get("command.title", kiosk)),
            new Label(texts.get("command.type")),
            type,
            new Label(texts.get("command.args")),
            args,
            problem,
            new HBox(10, next, cancelButton));
  }

  private void confirmStep() {
    ObjectNode parsed;
    try {
      parsed = CommandArgs.parse(args.getText());
    } catch (CommandArgs.BadLine e) {
      problem.setText(texts.get("command.badArg", e.lineNumber(), e.line()));
      return;
    }
    CommandType chosen = type.getValue();
    Label question =
        new Label(texts.get("command.confirm.text", chosen, kiosk, commands.ttl().toMinutes()));
    question.setId("command-confirm-text");
    question.setWrapText(true);
    Button send = new Button(texts.get("command.confirm.send"));
    send.setId("command-send");
    Button back = new Button(texts.get("command.cancel"));
    back.setId("command-back");
    back.setOnAction(e -> cancel.run());
    send.setOnAction(
        e -> {
          send.setDisable(true);
          back.setDisable(true);
          question.setText(texts.get("command.sending", chosen));
          Thread sender =
              new Thread(() -> sendNow(chosen, parsed), "fleet-command-" + kiosk.kiosk());
          sender.setDaemon(true);
          sender.start();
        });
    root.getChildren()
        .setAll(new Label(texts.get("command.confirm.title")), question, new HBox(10, send, back));
  }

  private void sendNow(CommandType chosen, ObjectNode parsed) {
    String result;
    try {
      FleetCommands.Outcome outcome = commands.send(kiosk, chosen, parsed, ACK_WAIT);
      result =
          outcome
              .last()
              .map(
                  ack ->
                      texts.get(
                          "command.result", outcome.command().id(), ack.status(), ack.detail()))
              .orElse(texts.get("command.result", outcome.command().id(), "NO_ANSWER", ""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = texts.get("command.failed", "interrupted");
    } catch (RuntimeException e) {
      result = texts.get("command.failed", e.getMessage());
    }
    String shown = result;
    Platform.runLater(() -> done.accept(shown));
  }

  /** Reads {@code key=value} lines into the command's {@code args}. */
  static final class CommandArgs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommandArgs() {}

    static ObjectNode parse(String text) {
      ObjectNode args = JSON.createObjectNode();
      String[] lines = text == null ? new String[0] : text.split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        int equals = line.indexOf('=');
        if (equals < 1) {
          throw new BadLine(i + 1, line);
        }
        put(args, line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
      return args;
    }

    /** Whole numbers go as numbers (e.g. {@code minutes=10}), everything else as text. */
    static void put(ObjectNode args, String key, String value) {
      if (value.matches("-?\\d{1,15}")) {
        args.put(key, Long.parseLong(value));
      } else {
        args.put(key, value);
      }
    }

    static final class BadLine extends RuntimeException {
      private final int lineNumber;
      private final String line;

      BadLine(int lineNumber, String line) {
        super("argument line " + lineNumber + " must look like key=value: '" + line + "'");
        this.lineNumber = lineNumber;
        this.line = line;
      }

      int lineNumber() {
        return lineNumber;
      }

      String line() {
        return line;
      }
    }
  }
}
