package vn.tiepdon.ui.cashier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.desk.PaymentListener;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.sqlite.JdbcKioskIntentRegistry;
import vn.tiepdon.payment.sqlite.JdbcPaymentLedger;
import vn.tiepdon.payment.sqlite.PaymentDatabase;
import vn.tiepdon.payment.sqlite.PaymentMigrations;
import vn.tiepdon.payment.webhook.WebhookSettings;
import vn.tiepdon.payment.webhook.http.WebhookServer;
import vn.tiepdon.ui.config.DeskConfig;

/**
 * The cashier desk's composition root: the database (a SQLite file, or PostgreSQL for a
 * hospital-wide desk, through the same JDBC code), its migrations, the live {@link PaymentDesk} and
 * the webhook endpoint where SePay, Casso and payOS post their notifications.
 */
public final class DeskAssembly implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeskAssembly.class);

  private final DeskConfig config;
  private final Path home;
  private final PaymentDesk desk;
  private final Optional<WebhookServer> webhooks;
  private final CopyOnWriteArrayList<PaymentListener> listeners;
  private final Optional<KioskPaymentBridge.Started> kiosks;

  private DeskAssembly(
      DeskConfig config,
      Path home,
      PaymentDesk desk,
      Optional<WebhookServer> webhooks,
      CopyOnWriteArrayList<PaymentListener> listeners,
      Optional<KioskPaymentBridge.Started> kiosks) {
    this.config = config;
    this.home = home;
    this.desk = desk;
    this.webhooks = webhooks;
    this.listeners = listeners;
    this.kiosks = kiosks;
  }

  /**
   * Opens the database, migrates it and starts the webhook endpoint (when a provider has a secret).
   *
   * @param home relative paths of the configuration resolve here
   * @throws IllegalStateException naming the database or the port when either cannot be used
   */
  public static DeskAssembly start(DeskConfig config, Path home, Clock clock) {
    DataSource db = open(config, home);
    try {
      PaymentMigrations.migrate(db);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "database " + describe(config) + " cannot be opened or migrated: " + rootMessage(e), e);
    }
    CopyOnWriteArrayList<PaymentListener> listeners = new CopyOnWriteArrayList<>();
    PaymentDesk desk =
        new PaymentDesk(
            new JdbcPaymentLedger(db),
            clock,
            intent -> listeners.forEach(l -> tell(l, intent)),
            Set.of(config.payment().accountNumber()));
    Optional<WebhookServer> server = Optional.empty();
    Optional<WebhookSettings> hooks = config.desk().webhooks();
    if (hooks.isPresent()) {
      WebhookSettings settings = hooks.get();
      try {
        server =
            Optional.of(
                WebhookServer.start(
                    new InetSocketAddress(settings.bindAddress(), settings.port()),
                    settings.formats(clock),
                    desk));
      } catch (IOException e) {
        throw new IllegalStateException(
            "desk.webhookPort "
                + settings.port()
                + " on "
                + settings.bindAddress()
                + " cannot be used: "
                + e.getMessage(),
            e);
      }
    } else {
      LOG.warn("no webhook secret configured: the desk takes statements only");
    }
    // A hospital-wide desk learns the kiosks' intents and tells them when one is paid (0017).
    Optional<KioskPaymentBridge.Started> kiosks =
        config
            .brokerIfConfigured()
            .map(
                broker ->
                    KioskPaymentBridge.start(
                        broker,
                        config.desk().id(),
                        config.site().id(),
                        new JdbcKioskIntentRegistry(db),
                        config.payment().intentValidity(),
                        clock));
    kiosks.ifPresent(k -> listeners.add(k.bridge()));
    return new DeskAssembly(config, home, desk, server, listeners, kiosks);
  }

  private static void tell(PaymentListener listener, PaymentIntent intent) {
    try {
      listener.paymentBooked(intent);
    } catch (RuntimeException e) {
      LOG.warn("desk listener failed for intent {}", intent.reference(), e);
    }
  }

  private static DataSource open(DeskConfig config, Path home) {
    String database = config.desk().database();
    try {
      return config.desk().usesPostgres()
          ? PaymentDatabase.postgres(database)
          : PaymentDatabase.open(home.resolve(database).normalize());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new IllegalStateException(
          "desk.database " + describe(config) + ": " + rootMessage(e), e);
    }
  }

  private static String describe(DeskConfig config) {
    return config.desk().database().replaceAll("password=[^&]*", "password=***");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  /** Told (on the ingesting thread) after money was booked on an intent. */
  public void onPaymentBooked(PaymentListener listener) {
    listeners.add(listener);
  }

  public PaymentDesk desk() {
    return desk;
  }

  public DeskConfig config() {
    return config;
  }

  /** The webhook port actually listened on; empty when no provider is configured. */
  public Optional<Integer> webhookPort() {
    return webhooks.map(WebhookServer::port);
  }

  /** The providers served, e.g. {@code casso, sepay}. */
  public String webhookProviders() {
    return config
        .desk()
        .webhooks()
        .map(
            w ->
                String.join(
                    ", ", w.formats(desk.clock()).stream().map(f -> f.source().key()).toList()))
        .orElse("");
  }

  /** The connection to the kiosks' broker, for a hospital-wide desk. */
  public Optional<vn.tiepdon.provisioning.mqtt.MqttCashierLink> kioskLink() {
    return kiosks.map(KioskPaymentBridge.Started::link);
  }

  /** Where reports are written. */
  public Path exportFolder() {
    return home.resolve(config.desk().exportFolder()).normalize();
  }

  /** Everything the desk shows for {@code day} (Vietnam time), read now. */
  public DeskSnapshot snapshot(LocalDate day) {
    return new DeskSnapshot(
        day,
        desk.clock().instant(),
        desk.intents(day, CashierTexts.VIETNAM),
        desk.transfers(day, CashierTexts.VIETNAM),
        desk.audit(day, CashierTexts.VIETNAM));
  }

  /** Today in Vietnam by the desk's clock. */
  public LocalDate today() {
    return LocalDate.now(desk.clock().withZone(CashierTexts.VIETNAM));
  }

  @Override
  public void close() {
    webhooks.ifPresent(WebhookServer::close);
    kiosks.ifPresent(KioskPaymentBridge.Started::close);
  }
}
