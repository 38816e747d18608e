package vn.tiepdon.provisioning.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import vn.tiepdon.provisioning.outbox.Outbox;
import vn.tiepdon.provisioning.outbox.OutboxMessage;

/**
 * Publishes outbox messages with QoS 1, a few in flight, and removes from the outbox exactly those
 * the broker acknowledged, in order. Anything after the first failure stays and is sent again, in
 * order, after the reconnect: delivery is at least once, and the ids let consumers drop repeats.
 */
final class OutboxPublisher {
  /** Publishes awaiting PUBACK at once; below the receive maximum brokers commonly allow (10). */
  static final int IN_FLIGHT = 8;

  private static final int QOS_AT_LEAST_ONCE = 1;
  private static final int MAX_SLOT_WAITS = 200;
  private static final long SLOT_WAIT_MILLIS = 5;

  private final Outbox outbox;
  private final long timeoutMillis;
  private final BooleanSupplier stopping;

  /** A publish the broker did not acknowledge; the message is still in the outbox. */
  record Failure(OutboxMessage message, MqttException cause) {}

  OutboxPublisher(Outbox outbox, long timeoutMillis, BooleanSupplier stopping) {
    this.outbox = outbox;
    this.timeoutMillis = timeoutMillis;
    this.stopping = stopping;
  }

  /**
   * Sends {@code batch} (in outbox order) and then removes the acknowledged prefix in one
   * transaction: one disk sync per batch, not per message.
   */
  Optional<Failure> publish(MqttAsyncClient client, List<OutboxMessage> batch) {
    List<Long> acknowledged = new ArrayList<>(batch.size());
    try {
      int next = 0;
      while (next < batch.size() && !stopping.getAsBoolean()) {
        for (IMqttToken token : publishWindow(client, batch, next)) {
          token.waitForCompletion(timeoutMillis);
          acknowledged.add(batch.get(next++).sequence());
        }
      }
      return Optional.empty();
    } catch (MqttException e) {
      OutboxMessage failed = batch.get(acknowledged.size());
      outbox.attempted(failed.sequence());
      return Optional.of(new Failure(failed, e));
    } finally {
      outbox.delivered(acknowledged);
    }
  }

  /**
   * Hands up to {@link #IN_FLIGHT} messages to Paho. Paho frees a slot a moment after it completes
   * a token, so when it says it is full we wait for what is out, or briefly if nothing is.
   */
  private List<IMqttToken> publishWindow(
      MqttAsyncClient client, List<OutboxMessage> batch, int from) throws MqttException {
    List<IMqttToken> tokens = new ArrayList<>(IN_FLIGHT);
    int slotWaits = 0;
    for (int i = from; i < batch.size() && tokens.size() < IN_FLIGHT; i++) {
      OutboxMessage message = batch.get(i);
      MqttMessage mqtt =
          new MqttMessage(message.payload(), QOS_AT_LEAST_ONCE, false, new MqttProperties());
      try {
        tokens.add(client.publish(message.topic().value(), mqtt));
      } catch (MqttException e) {
        if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
          throw e;
        }
        if (!tokens.isEmpty()) {
          break;
        }
        if (++slotWaits > MAX_SLOT_WAITS) {
          throw e;
        }
        pause(e);
        i--;
      }
    }
    return tokens;
  }

  private static void pause(MqttException full) throws MqttException {
    try {
      Thread.sleep(SLOT_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw full;
    }
  }
}
