package vn.tiepdon.provisioning.mqtt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.message.PaymentNotice;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.PaymentTopic;

/**
 * The cashier desk's payment statuses over the kiosk's telemetry connection: {@link MqttTelemetry}
 * subscribes to {@code …/payment/+}; this reads each status, checks that topic and body name this
 * kiosk and the same intent, and hands it to the kiosk on its own thread, in arrival order (a
 * database write never stalls telemetry). A malformed status is logged naming the field and
 * dropped; an empty retained message (the desk clearing a status) is no news.
 */
public final class MqttPaymentNotices implements PaymentNoticeInbox, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MqttPaymentNotices.class);

  private final KioskRef self;
  private final Consumer<PaymentNotice> kiosk;
  private final MessageCodec codec = new MessageCodec();
  private final ExecutorService worker;

  private MqttPaymentNotices(KioskRef self, Consumer<PaymentNotice> kiosk) {
    this.self = self;
    this.kiosk = kiosk;
    this.worker =
        Executors.newSingleThreadExecutor(DaemonThreads.named("payments-" + self.clientId()));
  }

  /**
   * Wires payment statuses into a telemetry that has not started yet.
   *
   * @param self the kiosk (the same as the telemetry settings')
   * @param kiosk told each valid status; it must tolerate repeats (retained statuses come again
   *     after every reconnect)
   */
  public static MqttPaymentNotices attach(
      MqttTelemetry telemetry, KioskRef self, Consumer<PaymentNotice> kiosk) {
    MqttPaymentNotices notices = new MqttPaymentNotices(self, kiosk);
    telemetry.acceptPaymentNotices(notices);
    return notices;
  }

  @Override
  public void receive(String topic, byte[] payload) {
    if (payload.length == 0) {
      return;
    }
    try {
      worker.execute(() -> read(topic, payload));
    } catch (RejectedExecutionException e) {
      log.debug("payment statuses closed; ignoring {}", topic);
    }
  }

  /** Reads and checks one status; public so tests and other transports can feed it. */
  void read(String topic, byte[] payload) {
    PaymentNotice notice;
    try {
      PaymentTopic where = PaymentTopic.parse(topic);
      notice = codec.decodePaymentNotice(payload);
      if (!where.kiosk().equals(self) || !notice.ref().equals(self)) {
        throw new IllegalArgumentException(
            "payment status for kiosk " + notice.ref() + " on '" + topic + "' is not for " + self);
      }
      if (!where.intentRef().equals(notice.intentRef())) {
        throw new IllegalArgumentException(
            "intentRef " + notice.intentRef() + " does not match topic '" + topic + "'");
      }
    } catch (IllegalArgumentException e) {
      log.warn("dropping a payment status on '{}': {}", topic, e.getMessage());
      return;
    }
    try {
      kiosk.accept(notice);
    } catch (RuntimeException e) {
      // The status stays retained: the next reconnect brings it again.
      log.error("payment status {} of {} not taken", notice.status(), notice.intentRef(), e);
    }
  }

  @Override
  public void close() {
    DaemonThreads.stop(worker, java.time.Duration.ofSeconds(10));
  }
}
