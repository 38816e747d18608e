package vn.tiepdon.ui.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.ui.demo.Demo;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Kiosk UI on simulated devices, an embedded MQTT broker and a live health view.",
      "A second window, the simulator panel, scans made-up citizens' cards, puts the printer out of"
          + " paper, unplugs the scanner and pays the VietQR code on screen."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Kiosk configuration (default: config/demo.yaml of the installation).")
  Path config;

  @Option(names = "--fullscreen", description = "Fill the screen, as on a kiosk panel.")
  boolean fullscreen;

  @Option(
      names = "--panel-lang",
      paramLabel = "vi|en",
      defaultValue = "vi",
      description = "Language of the simulator panel (default: ${DEFAULT-VALUE}).")
  String panelLanguage;

  @Override
  public Integer call() {
    Path home = Home.path();
    Path file = config != null ? config : home.resolve("config/demo.yaml");
    if (!panelLanguage.equals("vi") && !panelLanguage.equals("en")) {
      throw new BadInputException("--panel-lang must be vi or en, was '" + panelLanguage + "'");
    }
    Demo.run(ConfigFiles.load(file), home, fullscreen, Locale.forLanguageTag(panelLanguage));
    return ExitCodes.OK;
  }
}
