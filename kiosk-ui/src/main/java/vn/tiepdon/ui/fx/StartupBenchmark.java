package vn.tiepdon.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.PrinterSettings;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.config.IdentityCheck;
import vn.tiepdon.ui.config.KioskSettings;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.DeclaredPriority;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.ServiceOption;

/**
 * {@code tiepdon bench startup}: how long the kiosk takes to show its attract screen, and whether
 * its memory stays flat across many check-ins. The real composition root on simulated devices, a
 * real SQLite file, the real screens (headless on Monocle when asked), a made-up citizen per
 * check-in: QR, priority, clinic, ticket printed to PNG, payment QR, pay later, goodbye.
 */
public final class StartupBenchmark {
  private final TiepdonConfig config;
  private final Path home;
  private final Path work;

  /**
   * @param config a kiosk configuration (the demo's); its data, tickets, telemetry and sounds are
   *     redirected so that the run leaves nothing behind
   * @param work an empty folder for the run's database and tickets
   */
  public StartupBenchmark(TiepdonConfig config, Path home, Path work) {
    this.config = config;
    this.home = home;
    this.work = work;
  }

  /** Switches JavaFX to the headless Monocle platform; call before anything starts JavaFX. */
  public static void useHeadlessPlatform() {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("java.awt.headless", "true");
    // The virtual screen must hold the whole panel, portrait or landscape.
    System.setProperty(
        "headless.geometry", System.getProperty("headless.geometry", "1920x1920-32"));
  }

  /** Runs the benchmark; the map is what the command prints as JSON. */
  public Map<String, Object> run(int checkIns) throws InterruptedException {
    Clock clock = Clock.systemDefaultZone();
    long commandStart = System.nanoTime();
    // As the kiosk command does: the toolkit starts while the kiosk is built.
    FxRuntime.startInBackground();
    try (KioskAssembly kiosk =
        KioskAssembly.start(benchConfig(), home, CscaTrustStore.of(List.of()), clock)) {
      FxRuntime.start();
      Stage stage = FxRuntime.call(() -> show(kiosk, clock));
      awaitFx();
      long msToAttract = ManagementFactory.getRuntimeMXBean().getUptime();
      long msFromCommand = (System.nanoTime() - commandStart) / 1_000_000;
      // CPU time of all threads: on a machine shared with other work, it moves much less than
      // wall time does, so it is what compares two builds.
      long cpuMsToAttract = cpuMs();
      if (!(kiosk.flow().state() instanceof FlowState.Attract)) {
        throw new IllegalStateException("the kiosk did not start on its attract screen");
      }
      long rssAtAttract = rssKb();

      List<MadeUpCitizen> citizens = MadeUpCitizens.all(LocalDate.now(clock));
      long started = System.nanoTime();
      int tickets = 0;
      List<Long> rssSamples = new java.util.ArrayList<>();
      for (int i = 0; i < checkIns; i++) {
        if (checkIn(kiosk.flow(), kiosk, citizens.get(i % citizens.size()).qrText())) {
          tickets++;
        }
        awaitFx(); // the screens keep up, as they would with a real patient
        if ((i + 1) % 100 == 0) {
          rssSamples.add(rssKb() / 1024);
        }
      }
      long msPerCheckIn = checkIns == 0 ? 0 : (System.nanoTime() - started) / 1_000_000 / checkIns;
      System.gc();
      awaitFx();
      long rssAfter = rssKb();
      FxRuntime.call(
          () -> {
            stage.close();
            return null;
          });

      Map<String, Object> result = new LinkedHashMap<>();
      result.put("msToAttract", msToAttract);
      result.put("msToAttractFromCommand", msFromCommand);
      result.put("cpuMsToAttract", cpuMsToAttract);
      result.put("loadAverage", loadAverage());
      result.put("rssMb", rssAtAttract / 1024);
      result.put("rssMbAfter" + checkIns, rssAfter / 1024);
      result.put("rssMbEvery100", rssSamples);
      result.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
      result.put("checkIns", checkIns);
      result.put("ticketsIssued", tickets);
      result.put("msPerCheckIn", msPerCheckIn);
      result.put("heapUsedMbAfterGc", usedHeapMb());
      result.put("cores", Runtime.getRuntime().availableProcessors());
      result.put("glassPlatform", System.getProperty("glass.platform", "default"));
      return result;
    }
  }

  /** One patient from the attract screen to goodbye and back; true when a ticket was issued. */
  private static boolean checkIn(CheckInFlow flow, KioskAssembly kiosk, String qr) {
    flow.touch();
    flow.chooseLanguage(CheckInFlow.VIETNAMESE);
    flow.agree();
    kiosk.devices().simulatedScanner().orElseThrow().scan(qr);
    if (!(flow.state() instanceof FlowState.DeclarePriority)) {
      flow.cancel();
      return false;
    }
    flow.declare(DeclaredPriority.NONE);
    if (!(flow.state() instanceof FlowState.ChooseService choose)) {
      flow.cancel();
      return false;
    }
    // The first clinic that still takes this patient today (clinics fill up over a long run).
    String code =
        choose.options().stream()
            .filter(ServiceOption::open)
            .map(ServiceOption::code)
            .findFirst()
            .orElse(null);
    if (code == null) {
      flow.cancel();
      return false;
    }
    flow.chooseService(code);
    flow.confirm();
    boolean issued = flow.state() instanceof FlowState.TicketShown;
    flow.next();
    flow.payLater();
    flow.cancel();
    return issued;
  }

  private TiepdonConfig benchConfig() {
    KioskSettings k = config.kiosk();
    DevicesSettings d = config.devices();
    UiSettings ui = config.ui();
    try {
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the benchmark folder " + work, e);
    }
    return new TiepdonConfig(
        config.site(),
        // QR only: the chip's software signing would measure citizen-id, not the kiosk.
        new KioskSettings(
            k.id(),
            work.resolve("data").toString(),
            IdentityCheck.QR_ONLY,
            k.idleTimeout(),
            k.idleWarning(),
            k.hospitalSystem()),
        new UiSettings(ui.width(), ui.height(), ui.screenDpi(), false, false, null),
        new DevicesSettings(
            d.scanner(),
            // A roll long enough for the whole run: paper out is not what is measured.
            new PrinterSettings("simulated", work.resolve("tickets").toString(), 10_000_000, 5_000),
            d.camera(),
            d.cardReader()),
        config.queue(),
        config.payment(),
        null,
        config.chip(),
        config.staff(),
        config.face(),
        config.his(),
        null);
  }

  private static Stage show(KioskAssembly kiosk, Clock clock) {
    UiSettings ui = kiosk.config().ui();
    KioskView view = KioskWindow.view(kiosk, clock);
    Stage stage = new Stage();
    stage.setScene(new Scene(view.root(), ui.width(), ui.height()));
    stage.show();
    return stage;
  }

  /** Waits until the JavaFX thread has run everything queued so far (screens built and shown). */
  private static void awaitFx() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(done::countDown);
    if (!done.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the JavaFX thread did not catch up within 60 s");
    }
  }

  /** Resident set size from /proc (Linux, the kiosk's OS); -1024 elsewhere. */
  static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: reported as -1
    }
    return -1024;
  }

  private static long cpuMs() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1_000_000
        : -1;
  }

  /** The system's load average over the last minute, as the start-up was measured. */
  private static double loadAverage() {
    return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100)
        / 100.0;
  }

  private static long usedHeapMb() {
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
  }
}
