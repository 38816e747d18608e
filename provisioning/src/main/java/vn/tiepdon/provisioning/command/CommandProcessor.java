package vn.tiepdon.provisioning.command;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.topic.Channel;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.KioskTopic;

/**
 * The kiosk's side of remote commands: checks each received command, answers with acks ({@code
 * ACCEPTED} then {@code DONE}/{@code FAILED}, or one {@code REJECTED_*}), runs the handler, logs
 * every ack and reports every rejection as an event. Transport-free: the MQTT adapter calls {@link
 * #receive} with what arrived on {@code …/cmd/{id}}.
 */
public final class CommandProcessor {
  private static final Logger log = LoggerFactory.getLogger(CommandProcessor.class);

  private final KioskRef self;
  private final CommandVerifier verifier;
  private final CommandHandlers handlers;
  private final CommandLog commandLog;
  private final AckSink acks;
  private final RejectionReporter rejections;
  private final Clock clock;
  private final CommandCodec codec = new CommandCodec();

  public CommandProcessor(
      KioskRef self,
      CommandVerifier verifier,
      CommandHandlers handlers,
      CommandLog commandLog,
      AckSink acks,
      RejectionReporter rejections,
      Clock clock) {
    if (self == null
        || verifier == null
        || handlers == null
        || commandLog == null
        || acks == null
        || rejections == null
        || clock == null) {
      throw new IllegalArgumentException("every collaborator of the command processor is required");
    }
    this.self = self;
    this.verifier = verifier;
    this.handlers = handlers;
    this.commandLog = commandLog;
    this.acks = acks;
    this.rejections = rejections;
    this.clock = clock;
  }

  /** Handles one message from {@code topic} (a {@code …/cmd/{id}} topic of this kiosk). */
  public void receive(KioskTopic topic, byte[] payload) {
    if (topic.channel() != Channel.COMMAND || !topic.kiosk().equals(self)) {
      log.warn("ignoring a message on {}: not this kiosk's command topic", topic);
      return;
    }
    CommandId topicId = topic.command().orElseThrow();
    SignedCommand received;
    try {
      received = codec.decode(payload);
    } catch (MalformedCommandException e) {
      reject(topicId, AckStatus.REJECTED_MALFORMED, e.getMessage(), Optional.empty());
      return;
    }
    RemoteCommand command = received.command();
    if (!command.id().equals(topicId)) {
      reject(
          topicId,
          AckStatus.REJECTED_MALFORMED,
          "topic names command " + topicId + " but the command's id is " + command.id(),
          Optional.of(command));
      return;
    }
    Verdict verdict = verifier.check(received);
    if (verdict instanceof Verdict.Rejected rejected) {
      reject(topicId, rejected.status(), rejected.detail(), Optional.of(command));
      return;
    }
    Optional<CommandHandler> handler = handlers.find(command.type());
    if (handler.isEmpty()) {
      reject(
          topicId,
          AckStatus.REJECTED_UNSUPPORTED,
          "this kiosk does not run " + command.type() + " commands",
          Optional.of(command));
      return;
    }
    answer(
        CommandAck.of(topicId, self, AckStatus.ACCEPTED, command.type().name(), clock.instant()),
        command);
    answer(run(handler.get(), command), command);
  }

  private CommandAck run(CommandHandler handler, RemoteCommand command) {
    try {
      CommandOutcome outcome = handler.handle(command);
      return new CommandAck(
          command.id(),
          self,
          outcome.done() ? AckStatus.DONE : AckStatus.FAILED,
          outcome.detail(),
          clock.instant(),
          outcome.result());
    } catch (IllegalArgumentException e) {
      return CommandAck.of(
          command.id(), self, AckStatus.FAILED, "arguments: " + e.getMessage(), clock.instant());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CommandAck.of(command.id(), self, AckStatus.FAILED, "interrupted", clock.instant());
    } catch (Exception e) {
      log.warn("command {} ({}) failed", command.id(), command.type(), e);
      return CommandAck.of(
          command.id(),
          self,
          AckStatus.FAILED,
          e.getClass().getSimpleName() + ": " + e.getMessage(),
          clock.instant());
    }
  }

  private void reject(
      CommandId id, AckStatus status, String detail, Optional<RemoteCommand> command) {
    log.warn("command {} refused: {} ({})", id, status, detail);
    answer(CommandAck.of(id, self, status, detail, clock.instant()), command.orElse(null));
    try {
      rejections.rejected(id, status);
    } catch (RuntimeException e) {
      log.warn("rejection of command {} not reported as an event: {}", id, e.toString());
    }
  }

  private void answer(CommandAck ack, RemoteCommand command) {
    try {
      commandLog.record(ack, Optional.ofNullable(command));
    } catch (RuntimeException e) {
      // The ack still goes out: IT must hear back even if the kiosk's disk is failing.
      log.error("ack {} {} not logged", ack.commandId(), ack.status(), e);
    }
    acks.send(ack);
  }
}
