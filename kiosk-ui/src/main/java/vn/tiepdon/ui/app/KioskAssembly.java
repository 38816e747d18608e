package vn.tiepdon.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.gpio.KioskGpio;
import vn.tiepdon.devices.scanner.Scan;
import vn.tiepdon.devices.scanner.ScanListener;
import vn.tiepdon.devices.scanner.ScanRejection;
import vn.tiepdon.devices.setup.DeviceFactory;
import vn.tiepdon.devices.setup.DeviceSet;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.sqlite.PaymentMigrations;
import vn.tiepdon.payment.sqlite.SqlitePaymentIntentStore;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.provisioning.health.HealthSources;
import vn.tiepdon.provisioning.health.HostProbe;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.telemetry.RecentErrors;
import vn.tiepdon.provisioning.telemetry.Telemetry;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.ServiceLoad;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.fhir.HisSettings;
import vn.tiepdon.queue.his.ProvisionalSender;
import vn.tiepdon.queue.his.RegisterVisit;
import vn.tiepdon.queue.his.RegistrationSealer;
import vn.tiepdon.queue.sqlite.QueueMigrations;
import vn.tiepdon.queue.sqlite.SqliteQueueStore;
import vn.tiepdon.queue.ticket.TicketLayout;
import vn.tiepdon.ui.config.HospitalSystemMode;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.ChipCheck;
import vn.tiepdon.ui.flow.CoverageLookup;
import vn.tiepdon.ui.flow.FaceCheck;
import vn.tiepdon.ui.flow.FlowPorts;
import vn.tiepdon.ui.flow.FlowRules;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.HospitalSystem;
import vn.tiepdon.ui.flow.Payments;
import vn.tiepdon.ui.flow.Speaker;
import vn.tiepdon.ui.flow.StaffLock;
import vn.tiepdon.ui.fx.KioskFonts;
import vn.tiepdon.ui.remote.BundleScans;
import vn.tiepdon.ui.remote.BundleTelemetry;
import vn.tiepdon.ui.remote.CscaFolder;
import vn.tiepdon.ui.remote.EnrolmentDesk;
import vn.tiepdon.ui.remote.KioskLogTail;
import vn.tiepdon.ui.remote.KioskPorts;
import vn.tiepdon.ui.remote.NoticeBoard;
import vn.tiepdon.ui.remote.RemoteKioskControl;
import vn.tiepdon.ui.remote.RemoteManagement;
import vn.tiepdon.ui.remote.fx.FxScreenCapture;

/**
 * The composition root of a kiosk: builds every module from the validated configuration, wires them
 * to the check-in flow, and closes them in reverse order. Nothing else constructs adapters.
 */
public final class KioskAssembly implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KioskAssembly.class);
  private static final String APP_VERSION =
      Optional.ofNullable(KioskAssembly.class.getPackage().getImplementationVersion())
          .orElse("0.1.0-dev");

  private final TiepdonConfig config;
  private final DeviceSet<Object> devices;
  private final IssueTicket tickets;
  private final Optional<HisVisits> visits;
  private final Optional<VietQrPayments> payments;
  private final Telemetry telemetry;
  private final TelemetryFlowEvents events;
  private final CheckInFlow flow;
  private final Optional<SimulatedHospitalSystem> simulatedHospital;
  private final Optional<RemoteManagement> remote;
  private final Optional<PaidIntentWatcher> paidWatch;
  private final NoticeBoard notices = new NoticeBoard();
  private final BundleScans bundleScans;
  private final java.util.function.IntConsumer exit;
  private final ChipReaderInForce chipReader;
  private final StaffConsole staff;
  private final KioskGpio gpio;
  private FaceStep faceStep;
  private final ScheduledExecutorService ticker;
  private final java.util.concurrent.ExecutorService faceAttempts =
      Executors.newSingleThreadExecutor(DaemonThreads.named("face-check"));
  private final List<AutoCloseable> closeInReverse = new ArrayList<>();

  private KioskAssembly(
      TiepdonConfig config,
      Path home,
      Path dataDir,
      CscaTrustStore trust,
      Clock clock,
      java.util.function.IntConsumer exit) {
    this.config = config;
    this.exit = exit;
    DataSource database = KioskDatabase.open(dataDir.resolve("kiosk.db"));
    QueueMigrations.migrate(database);

    // Device paths (ticket folder, camera images) are relative to the installation, like dataDir.
    devices = new DeviceFactory(clock, home).create(config.devices());
    closeInReverse.add(devices);
    gpio = KioskGpioSetup.open(new DeviceFactory(clock, home), config.devices(), devices);
    closeInReverse.add(gpio);

    SqliteQueueStore queueStore = new SqliteQueueStore(database);
    tickets = new IssueTicket(SiteId.of(config.site().id()), config.queue(), queueStore, clock);
    visits = hisVisits(config.his(), tickets, queueStore, clock);

    payments =
        config
            .payments()
            .map(
                settings -> {
                  PaymentMigrations.migrate(database);
                  return new VietQrPayments(
                      new PaymentIntents(
                          settings,
                          new SqlitePaymentIntentStore(database),
                          clock,
                          new SecureRandom()));
                });

    RecentErrors errors = new RecentErrors(clock, 20);
    // Before the telemetry: an installed enrolment bundle names the broker (ADR 0018).
    remote = remoteManagement(config, home, dataDir, database, clock);
    bundleScans = new BundleScans(remote.map(RemoteManagement::installer));
    Optional<vn.tiepdon.provisioning.TelemetrySettings> reporting =
        BundleTelemetry.choose(
            remote.flatMap(RemoteManagement::bundle), config.telemetryIfConfigured(), dataDir);
    telemetry =
        reporting
            .<Telemetry>map(
                settings ->
                    new MqttTelemetry(
                        settings,
                        database,
                        clock,
                        new HealthSources(
                            APP_VERSION,
                            new DeviceHealthBridge(devices.health()),
                            this::queueFigures,
                            errors,
                            HostProbe.linux(dataDir))))
            .orElseGet(NoTelemetry::new);
    closeInReverse.add(telemetry);
    events =
        new TelemetryFlowEvents(
            telemetry,
            reference -> payments.flatMap(p -> p.intents().find(new ReferenceCode(reference))));

    KioskFonts.loadForJava2d();
    QueueClinic clinic =
        new QueueClinic(
            config.queue(),
            tickets,
            visits.map(HisVisits::register),
            new TicketLayout(KioskFonts.FAMILY),
            KioskFonts.FAMILY,
            devices.printer(),
            config.site().name().vi(),
            clock);
    Payments fees = payments.<Payments>map(p -> p).orElse(ticket -> Optional.empty());
    // A CSCA list replaced by IT over MQTT takes effect at the next card, without a restart.
    chipReader = ChipReaderInForce.buildInBackground(trust, clock);
    Optional<ChipCheck> chips =
        config.kiosk().identityCheck().readsChip()
            ? Optional.of(new ChipCardCheck(chipReader::get))
            : Optional.empty();
    simulatedHospital =
        config.kiosk().hospitalSystem() == HospitalSystemMode.SIMULATED
            ? Optional.of(new SimulatedHospitalSystem())
            : Optional.empty();
    FlowPorts ports =
        FlowPorts.of(new QrCardCheck(clock), clinic, fees, events)
            .withHospital(
                simulatedHospital.<HospitalSystem>map(h -> h).orElseGet(HospitalSystem::localOnly))
            .withSpeaker(speaker(config.ui()));
    ports = chips.map(ports::withChips).orElse(ports);
    // BHYT through the hospital system: FHIR when configured, else the demo's simulated one.
    Optional<HisInsurance> insurance =
        visits
            .map(v -> new HisInsurance(v.system()::checkInsurance, clock))
            .or(() -> simulatedHospital.map(h -> new HisInsurance(h::checkInsurance, clock)));
    if (insurance.isPresent()) {
      ports = ports.withInsurance(insurance.get(), CoverageLookup.DEFAULT_TIMEOUT);
    }
    if (config.kiosk().identityCheck().verifiesFace()) {
      ports = ports.withFaces(faceCheck(config, home, clock));
    }
    flow =
        new CheckInFlow(
            ports,
            new FlowRules(
                config.kiosk().idleTimeout(),
                config.kiosk().idleWarning(),
                java.time.Duration.ofSeconds(8),
                3,
                config.kiosk().sleepAfter()),
            clock);
    paidWatch = payments.map(p -> new PaidIntentWatcher(p.intents(), flow, events));
    paidWatch.ifPresent(closeInReverse::add);
    staff =
        new StaffConsole(
            new StaffLock(
                config.staff().pin().map(pin -> (Predicate<char[]>) pin::matches),
                config.staff().maxAttempts(),
                config.staff().lockout(),
                clock),
            devices,
            clinic,
            flow,
            configVersion(config),
            reporting.map(t -> t.siteId() + "/" + t.kioskId() + " @ " + t.brokerUrl()),
            APP_VERSION);
    remote.ifPresent(r -> staff.enrolment(new EnrolmentDesk(r, bundleScans)));
    staff.notices(notices);

    devices.health().addListener((previous, current) -> onDeviceHealth(current, errors));
    devices
        .scanner()
        .start(
            new ScanListener() {
              @Override
              public void scanned(Scan scan) {
                if (bundleScans.offer(scan.text())) {
                  return; // an enrolment bundle's code, for the staff screen only
                }
                flow.qrScanned(scan.text());
              }

              @Override
              public void rejected(ScanRejection rejection) {
                log.info("unreadable scan: {}", rejection.describe());
                flow.qrUnreadable();
              }
            });
    ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("kiosk-ticker"));
    if (chips.isPresent()) {
      listenToTheChipReader();
    }
    if (config.kiosk().identityCheck().verifiesFace()) {
      runFaceAttempts();
    }
    devices.health().register(gpio);
    closeInReverse.add(new GpioBridge(gpio, flow));
    new CameraStandby(devices.camera(), flow);

    ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    visits.ifPresent(
        v ->
            ticker.scheduleWithFixedDelay(
                v.sender().asTask(),
                config.his().retryEvery().toSeconds(),
                config.his().retryEvery().toSeconds(),
                TimeUnit.SECONDS));
    remote.ifPresent(
        r -> {
          r.attach(telemetry);
          closeInReverse.add(r::close);
        });
    reporting.ifPresent(t -> paidWatch.ifPresent(w -> w.listenTo(telemetry, t.kiosk())));
    telemetry.start();
    log.info(
        "kiosk {} of site {} ready ({} clinics, identity check {})",
        config.kiosk().id(),
        config.site().id(),
        config.queue().services().size(),
        config.kiosk().identityCheck());
  }

  /**
   * Builds and starts a kiosk; relative paths in the configuration resolve against {@code home}.
   */
  public static KioskAssembly start(TiepdonConfig config, Path home, Clock clock) {
    CscaTrustStore trust;
    try {
      Path dataDir = home.resolve(config.kiosk().dataDir()).normalize();
      trust = CscaFolder.atStart(config.chip().cscaFolder(), home, dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the CSCA certificates in chip.cscaFolder " + config.chip().cscaFolder(), e);
    }
    return start(config, home, trust, clock);
  }

  /** As {@link #start(TiepdonConfig, Path, Clock)}, trusting the given CSCA certificates. */
  public static KioskAssembly start(
      TiepdonConfig config, Path home, CscaTrustStore trust, Clock clock) {
    return start(config, home, trust, clock, System::exit);
  }

  /**
   * As {@link #start(TiepdonConfig, Path, CscaTrustStore, Clock)}, with the process exit a remote
   * restart ends in ({@code System::exit} on a kiosk; a test records it).
   */
  public static KioskAssembly start(
      TiepdonConfig config,
      Path home,
      CscaTrustStore trust,
      Clock clock,
      java.util.function.IntConsumer exit) {
    Path dataDir = home.resolve(config.kiosk().dataDir()).normalize();
    return new KioskAssembly(config, home, dataDir, trust, clock, exit);
  }

  public CheckInFlow flow() {
    return flow;
  }

  public DeviceSet<Object> devices() {
    return devices;
  }

  public TiepdonConfig config() {
    return config;
  }

  public StaffConsole staff() {
    return staff;
  }

  /** The staff-call button, presence sensor, status light and buzzer. */
  public KioskGpio gpio() {
    return gpio;
  }

  /** The demo's hospital system, which its panel can take down; empty on a real kiosk. */
  public Optional<SimulatedHospitalSystem> simulatedHospital() {
    return simulatedHospital;
  }

  private Speaker speaker(UiSettings ui) {
    if (!ui.audioPrompts()) {
      return Speaker.silent();
    }
    EspeakSpeaker espeak = new EspeakSpeaker(ui.speechCommand(), List.of());
    closeInReverse.add(espeak);
    return espeak;
  }

  /** Registration with the hospital's FHIR server, and the sender of provisional registrations. */
  private record HisVisits(
      RegisterVisit register,
      ProvisionalSender sender,
      vn.tiepdon.queue.his.HospitalSystem system) {}

  private static Optional<HisVisits> hisVisits(
      HisSettings his, IssueTicket tickets, SqliteQueueStore store, Clock clock) {
    if (his.fhirSettings().isEmpty()) {
      return Optional.empty();
    }
    SecureRandom random = new SecureRandom();
    RegistrationSealer sealer = his.sealer(System::getenv, random);
    vn.tiepdon.queue.his.HospitalSystem fhir = his.hospitalSystem(clock);
    return Optional.of(
        new HisVisits(
            new RegisterVisit(tickets, store, fhir, sealer, clock),
            new ProvisionalSender(store, fhir, sealer, his.retention(), clock),
            fhir));
  }

  /** Face verification on OpenCV (models checked by sha256) and the kiosk's camera. */
  private FaceCheck faceCheck(TiepdonConfig config, Path home, Clock clock) {
    faceStep = FaceStep.open(config.face(), home, devices.camera(), clock, closeInReverse::add);
    return faceStep.check();
  }

  /**
   * Lets the face screen show each frame an attempt looks at, with the face box; nothing happens
   * without the face step. {@code show} must copy the frame (it is wiped after use).
   */
  public void facePreview(java.util.function.Consumer<PreviewFrame> show) {
    if (faceStep != null) {
      faceStep.preview(show);
    }
  }

  /** The face models folder when the face step runs without its models and offers staff. */
  public Optional<Path> missingFaceModels() {
    return faceStep == null ? Optional.empty() : faceStep.missingModels();
  }

  /**
   * Starts a face attempt whenever the face screen asks for one; attempts run on their own thread,
   * so that the ticker keeps the idle timeout going.
   */
  private void runFaceAttempts() {
    flow.subscribe(
        snapshot -> {
          if (snapshot.state() instanceof FlowState.VerifyFace face
              && face.challengesTotal() == 0) {
            faceAttempts.execute(flow::verifyFace);
          }
        });
  }

  /** A short fingerprint of the configuration in force, for staff and support to compare. */
  private static String configVersion(TiepdonConfig config) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(config.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * Books a bank transfer for the payment on screen, as a bank feed will once the cashier desk
   * reconciles it; returns false when no payment is shown.
   */
  public boolean payShownPayment(Clock clock) {
    if (!(flow.state() instanceof FlowState.Payment payment) || payments.isEmpty()) {
      return false;
    }
    String reference = payment.request().reference();
    long amount = payment.request().amountDong();
    if (!payments.get().bookTransfer(reference, amount, clock.instant())) {
      return false;
    }
    events.paymentPaid(reference, amount);
    flow.paymentReceived(reference);
    return true;
  }

  /**
   * A card placed on the reader while the kiosk asks for the chip is read at once; so is a card
   * that was already lying there. Reads run on the ticker thread, never on a device's or the flow's
   * listener thread.
   */
  private void listenToTheChipReader() {
    devices
        .cardReader()
        .start(
            new CardListener<>() {
              @Override
              public void placed(CardHandle<Object> card) {
                ticker.execute(() -> flow.chipCardPresented(card.card()));
              }

              @Override
              public void removed(CardHandle<Object> card) {}
            });
    flow.subscribe(
        snapshot -> {
          if (snapshot.state() instanceof FlowState.ReadChip read && read.percent() == 0) {
            devices
                .cardReader()
                .currentCard()
                .ifPresent(card -> ticker.execute(() -> flow.chipCardPresented(card.card())));
          }
        });
  }

  private void tick() {
    try {
      flow.tick();
      paidWatch.ifPresent(PaidIntentWatcher::checkShownPayment);
    } catch (RuntimeException e) {
      log.error("flow tick failed", e);
    }
  }

  private void onDeviceHealth(DeviceHealth current, RecentErrors errors) {
    if (current.state() == HealthState.UP
        || current.reason() == HealthReason.CLOSED
        || current.reason() == HealthReason.STANDBY) {
      return;
    }
    errors.record(DeviceHealthBridge.wireName(current.device()), current.reason().name());
    events.deviceFault(DeviceHealthBridge.status(current));
    if (current.device().equals(DeviceFactory.SCANNER) && current.state() == HealthState.DOWN) {
      flow.scannerUnavailable();
    }
  }

  private QueueFigures queueFigures() {
    vn.tiepdon.queue.QueueFigures today = tickets.today();
    int waiting = today.services().stream().mapToInt(ServiceLoad::waiting).sum();
    int issued = today.issuedTotal();
    return new QueueFigures(issued, waiting, Math.max(0, issued - waiting));
  }

  /** Remote management when the configuration has a provisioning section. */
  public Optional<RemoteManagement> remote() {
    return remote;
  }

  /** IT's notice for the attract screen ({@code SHOW_MESSAGE}). */
  public NoticeBoard notices() {
    return notices;
  }

  private Optional<RemoteManagement> remoteManagement(
      TiepdonConfig config, Path home, Path dataDir, DataSource database, Clock clock) {
    if (config.provisioning() == null) {
      return Optional.empty();
    }
    RemoteManagement management =
        RemoteManagement.open(
            config.provisioning().settings(home),
            System::getenv,
            vn.tiepdon.provisioning.topic.KioskRef.of(config.site().id(), config.kiosk().id()),
            database,
            clock,
            new KioskPorts(
                new RemoteKioskControl(
                    // Lambdas, not method references: the flow is built after remote management.
                    on -> flow.outOfService(on),
                    notices::post,
                    this::patientOnScreen,
                    this::close,
                    exit,
                    RemoteKioskControl.DEFAULT_GRACE,
                    clock),
                KioskLogTail.ofLogback(),
                FxScreenCapture.ofShowingWindow(
                    this::patientOnScreen, java.time.Duration.ofSeconds(5)),
                new CscaFolder(
                    CscaFolder.configured(config.chip().cscaFolder(), home, dataDir),
                    trust -> chipReader.set(new ChipReader(trust, clock)))));
    return Optional.of(management);
  }

  /** Whether a patient's session is on screen: no screenshot, no restart until it ends. */
  private boolean patientOnScreen() {
    FlowState state = flow.state();
    return !(state instanceof FlowState.Attract || state instanceof FlowState.OutOfService);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    faceAttempts.shutdownNow();
    for (int i = closeInReverse.size() - 1; i >= 0; i--) {
      try {
        closeInReverse.get(i).close();
      } catch (Exception e) {
        log.warn("closing {} failed", closeInReverse.get(i).getClass().getSimpleName(), e);
      }
    }
  }

  /** A kiosk without a broker configured: events are dropped after logging. */
  private static final class NoTelemetry implements Telemetry {
    @Override
    public void start() {}

    @Override
    public void event(KioskEvent event) {
      log.debug("no telemetry configured; event {} not sent", event.getClass().getSimpleName());
    }

    @Override
    public void close() {}
  }
}
