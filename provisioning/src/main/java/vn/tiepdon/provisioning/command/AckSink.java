package vn.tiepdon.provisioning.command;

/**
 * Where acks go: the MQTT adapter stores them in the telemetry outbox and publishes them on {@code
 * …/cmd/{id}/ack} (QoS 1), so an ack survives a broken connection and a restart.
 */
@FunctionalInterface
public interface AckSink {
  void send(CommandAck ack);
}
