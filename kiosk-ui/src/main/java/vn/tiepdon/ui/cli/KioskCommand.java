package vn.tiepdon.ui.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.fx.FxRuntime;
import vn.tiepdon.ui.fx.KioskWindow;

@Command(
    name = "kiosk",
    mixinStandardHelpOptions = true,
    description = "The kiosk on real hardware, as its configuration describes it.")
final class KioskCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      required = true,
      description = "Kiosk configuration (YAML).")
  Path config;

  @Option(names = "--fullscreen", description = "Fill the screen (the usual way on a kiosk panel).")
  boolean fullscreen;

  @Override
  public Integer call() throws InterruptedException {
    Clock clock = Clock.systemDefaultZone();
    FxRuntime.startInBackground(); // while the kiosk is built (docs/decisions/0020)
    try (KioskAssembly kiosk = KioskAssembly.start(ConfigFiles.load(config), Home.path(), clock)) {
      FxRuntime.start();
      CountDownLatch closed = new CountDownLatch(1);
      FxRuntime.call(() -> KioskWindow.open(kiosk, fullscreen, clock))
          .setOnHidden(e -> closed.countDown());
      closed.await();
    } finally {
      FxRuntime.stop();
    }
    return ExitCodes.OK;
  }
}
