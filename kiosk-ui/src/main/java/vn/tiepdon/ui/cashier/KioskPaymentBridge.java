package vn.tiepdon.ui.cashier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.desk.IntentOrigin;
import vn.tiepdon.payment.desk.KioskIntentRegistry;
import vn.tiepdon.payment.desk.PaymentListener;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.PaymentNotice;
import vn.tiepdon.provisioning.mqtt.MqttCashierLink;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.PaymentTopic;

/**
 * The hospital-wide desk's side of the kiosks' payments over MQTT (decision 0017).
 *
 * <ul>
 *   <li>A kiosk's {@code payment_intent_created} event puts the intent into the desk's ledger,
 *       once, with the kiosk it came from; the desk then reconciles it like its own.
 *   <li>When money is booked on such an intent (webhook, statement, cashier), the kiosk is told on
 *       {@code …/{kiosk}/payment/{ref}}, retained, so a kiosk that is offline learns it when it
 *       returns; statuses that could not be published are published again after each reconnect.
 *   <li>The kiosk's {@code payment_intent_paid} event acknowledges: the desk clears the retained
 *       status and stops telling.
 * </ul>
 *
 * Publishing runs on its own thread: a slow broker never holds a webhook or the cashier's screen.
 */
public final class KioskPaymentBridge
    implements MqttCashierLink.Listener, PaymentListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KioskPaymentBridge.class);

  private final KioskIntentRegistry registry;
  private final Duration defaultValidity;
  private final Duration statusLifetime;
  private final Clock clock;
  private final ExecutorService publisher =
      Executors.newSingleThreadExecutor(DaemonThreads.named("desk-payment-status"));
  private volatile MqttCashierLink link;

  /**
   * @param defaultValidity the expiry given to an intent an older kiosk announced without one
   * @param statusLifetime how far back payments are published again after a reconnect
   */
  public KioskPaymentBridge(
      KioskIntentRegistry registry,
      Duration defaultValidity,
      Duration statusLifetime,
      Clock clock) {
    this.registry = registry;
    this.defaultValidity = defaultValidity;
    this.statusLifetime = statusLifetime;
    this.clock = clock;
  }

  /** Publishes through {@code link} from now on; the link's listener must be this bridge. */
  public void connect(MqttCashierLink link) {
    this.link = link;
    if (link.connected()) {
      // It may have connected before it was set here, and missed its first onConnected.
      onConnected();
    }
  }

  @Override
  public void onEvent(EventMessage event) {
    IntentOrigin origin = new IntentOrigin(event.site().value(), event.kiosk().value());
    try {
      if (event.data() instanceof KioskEvent.PaymentIntentCreated created) {
        register(event, created, origin);
      } else if (event.data() instanceof KioskEvent.PaymentIntentPaid paid) {
        acknowledge(paid, origin);
      }
    } catch (IllegalArgumentException e) {
      LOG.warn("dropping {} event {} of {}: {}", event.type(), event.id(), origin, e.getMessage());
    }
    // A PaymentStoreException (database away) goes on to the link, which leaves the event
    // unacknowledged so that the broker delivers it again.
  }

  private void register(
      EventMessage event, KioskEvent.PaymentIntentCreated created, IntentOrigin origin) {
    Instant createdAt = created.createdAt() == null ? event.at() : created.createdAt();
    Instant expiresAt =
        created.expiresAt() == null ? createdAt.plus(defaultValidity) : created.expiresAt();
    PaymentIntent intent =
        new PaymentIntent(
            reference(created.intentRef()),
            amount(created.amountVnd()),
            Money.ZERO,
            created.ticketRef() == null ? "kiosk:" + origin.kiosk() : created.ticketRef(),
            createdAt,
            expiresAt,
            PaymentStatus.OPEN);
    KioskIntentRegistry.Registration result = registry.register(intent, origin, clock.instant());
    switch (result) {
      case NEW ->
          LOG.info(
              "intent {} of {} dong from {} added",
              intent.reference(),
              intent.amount().dong(),
              origin);
      case REPEAT -> LOG.debug("intent {} from {} announced again", intent.reference(), origin);
      case CONFLICT ->
          LOG.warn(
              "intent {} from {} conflicts with the one stored (other amount, time or kiosk); dropped",
              intent.reference(),
              origin);
    }
  }

  private static ReferenceCode reference(String intentRef) {
    try {
      return new ReferenceCode(intentRef);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("intentRef: " + e.getMessage(), e);
    }
  }

  private static Money amount(long dong) {
    if (dong <= 0) {
      throw new IllegalArgumentException("amountVnd must be > 0, was " + dong);
    }
    return Money.ofDong(dong);
  }

  private void acknowledge(KioskEvent.PaymentIntentPaid paid, IntentOrigin origin) {
    ReferenceCode reference = reference(paid.intentRef());
    if (registry.acknowledge(reference, origin, clock.instant())) {
      LOG.info("{} has the payment of {}; clearing its status", origin, reference);
      publish(
          () ->
              link.clear(
                  new PaymentTopic(KioskRef.of(origin.site(), origin.kiosk()), reference.value())));
    }
  }

  /** Money was booked at this desk: tell the kiosk that announced the intent, if one did. */
  @Override
  public void paymentBooked(PaymentIntent intent) {
    Instant at = clock.instant();
    publish(
        () ->
            registry
                .origin(intent.reference())
                .map(origin -> tell(new Told(intent, origin), at))
                .orElse(true));
  }

  @Override
  public void onConnected() {
    // Runs on the link's thread, as its first task after connecting: statuses missed meanwhile.
    Instant now = clock.instant();
    publish(
        () -> {
          for (KioskIntentRegistry.Announced a :
              registry.unacknowledgedPayments(now.minus(statusLifetime))) {
            tell(new Told(a.intent(), a.origin()), now);
          }
          return true;
        });
  }

  private record Told(PaymentIntent intent, IntentOrigin origin) {}

  private boolean tell(Told told, Instant at) {
    PaymentIntent intent = told.intent();
    MqttCashierLink current = link;
    boolean sent =
        current != null
            && current.publish(
                PaymentNotice.of(
                    KioskRef.of(told.origin().site(), told.origin().kiosk()),
                    intent.reference().value(),
                    intent.amount().dong(),
                    intent.received().dong(),
                    at));
    if (sent) {
      LOG.info("told {} that {} is {}", told.origin(), intent.reference(), intent.status());
    } else {
      LOG.warn(
          "{} could not be told that {} is {} (broker away); it will be when the desk reconnects",
          told.origin(),
          intent.reference(),
          intent.status());
    }
    return sent;
  }

  private interface Publication {
    boolean run();
  }

  private void publish(Publication publication) {
    try {
      publisher.execute(
          () -> {
            try {
              publication.run();
            } catch (RuntimeException e) {
              LOG.error("payment status not published", e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("desk closing; payment status not published");
    }
  }

  /** Waits (up to 10 s) for statuses being published. */
  @Override
  public void close() {
    DaemonThreads.stop(publisher, java.time.Duration.ofSeconds(10));
  }

  /** Starts the bridge and its broker link for a desk; the caller closes both (link first). */
  public static Started start(
      vn.tiepdon.ui.config.DeskBrokerSettings broker,
      String deskId,
      String siteId,
      KioskIntentRegistry registry,
      Duration defaultValidity,
      Clock clock) {
    KioskPaymentBridge bridge =
        new KioskPaymentBridge(registry, defaultValidity, broker.statusLifetime(), clock);
    MqttCashierLink link =
        MqttCashierLink.start(
            broker.connection(deskId),
            new vn.tiepdon.provisioning.topic.SiteId(siteId),
            broker.statusLifetime(),
            bridge);
    bridge.connect(link);
    return new Started(bridge, link);
  }

  /** A running bridge and its link. */
  public record Started(KioskPaymentBridge bridge, MqttCashierLink link) implements AutoCloseable {
    @Override
    public void close() {
      link.close();
      bridge.close();
    }
  }
}
