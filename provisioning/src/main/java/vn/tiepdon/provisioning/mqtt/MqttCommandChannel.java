package vn.tiepdon.provisioning.mqtt;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandCodec;
import vn.tiepdon.provisioning.command.CommandHandlers;
import vn.tiepdon.provisioning.command.CommandLog;
import vn.tiepdon.provisioning.command.CommandProcessor;
import vn.tiepdon.provisioning.command.CommandVerifier;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.KioskTopic;

/**
 * Remote commands over the kiosk's telemetry connection: {@link MqttTelemetry} subscribes to {@code
 * …/cmd/+}, this channel runs each command on its own thread, one at a time in arrival order (a
 * slow screenshot never stalls telemetry), and sends acks through the telemetry outbox. Rejections
 * also go out as {@code command_rejected} events.
 */
public final class MqttCommandChannel implements CommandInbox, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MqttCommandChannel.class);

  private final MqttTelemetry telemetry;
  private final KioskRef self;
  private final ExecutorService worker;
  private final CommandCodec codec = new CommandCodec();
  private CommandProcessor processor;

  private MqttCommandChannel(MqttTelemetry telemetry, KioskRef self) {
    this.telemetry = telemetry;
    this.self = self;
    this.worker =
        Executors.newSingleThreadExecutor(DaemonThreads.named("commands-" + self.clientId()));
  }

  /**
   * Wires commands into a telemetry that has not started yet.
   *
   * @param self the kiosk (the same as the telemetry settings')
   */
  public static MqttCommandChannel attach(
      MqttTelemetry telemetry,
      KioskRef self,
      CommandVerifier verifier,
      CommandHandlers handlers,
      CommandLog commandLog,
      Clock clock) {
    MqttCommandChannel channel = new MqttCommandChannel(telemetry, self);
    channel.processor =
        new CommandProcessor(
            self,
            verifier,
            handlers,
            commandLog,
            channel::sendAck,
            channel::reportRejection,
            clock);
    telemetry.acceptCommands(channel);
    return channel;
  }

  @Override
  public void receive(String topic, byte[] payload) {
    KioskTopic parsed;
    try {
      parsed = KioskTopic.parse(topic);
    } catch (IllegalArgumentException e) {
      log.warn("ignoring a message on an unreadable command topic: {}", e.getMessage());
      return;
    }
    try {
      worker.execute(() -> process(parsed, payload));
    } catch (RejectedExecutionException e) {
      log.debug("command channel closed; ignoring {}", topic);
    }
  }

  private void process(KioskTopic topic, byte[] payload) {
    try {
      processor.receive(topic, payload);
    } catch (RuntimeException e) {
      // The processor answers every command itself; this is a bug or a dead disk. Keep going.
      log.error("command on {} could not be processed", topic, e);
    }
  }

  private void sendAck(CommandAck ack) {
    telemetry.sendAck(self.commandAck(ack.commandId()), codec.encode(ack));
  }

  private void reportRejection(CommandId id, AckStatus status) {
    KioskEvent event;
    try {
      event = KioskEvent.commandRejected(id.value(), status.name());
    } catch (IllegalArgumentException e) {
      // A command id that looks like an ID number never goes into an event.
      event = KioskEvent.commandRejected("masked", status.name());
    }
    telemetry.event(event);
  }

  /** Stops taking commands; the one running finishes (up to 10 s). */
  @Override
  public void close() {
    DaemonThreads.stop(worker, java.time.Duration.ofSeconds(10));
  }
}
