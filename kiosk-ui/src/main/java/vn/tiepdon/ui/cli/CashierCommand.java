package vn.tiepdon.ui.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.stage.WindowEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.ui.cashier.CashierTexts;
import vn.tiepdon.ui.cashier.DeskAssembly;
import vn.tiepdon.ui.cashier.fx.CashierWindow;
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.DeskConfig;
import vn.tiepdon.ui.fx.FxRuntime;

@Command(
    name = "cashier",
    mixinStandardHelpOptions = true,
    description = {
      "The cashier desk: today's payment intents and bank transfers live, filters, manual matching"
          + " with a note and an audit trail, statement import, the day's report as CSV and PDF.",
      "Runs the SePay / Casso / payOS webhook endpoint configured in desk.webhookPort."
    })
final class CashierCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = "config/desk.yaml",
      description = "Desk configuration (YAML; default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      defaultValue = "vi",
      description = "Language of the desk and its reports (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--cashier",
      paramLabel = "NAME",
      description = "Who works at the desk, for the audit trail (default: the login name).")
  String cashier = System.getProperty("user.name", "cashier");

  @Override
  public Integer call() throws InterruptedException {
    CashierTexts texts = CashierTexts.of(language(lang));
    DeskConfig desk = load(Home.path().resolve(config));
    if (cashier == null || cashier.isBlank() || cashier.length() > 64) {
      throw new BadInputException("--cashier must be 1-64 characters, was '" + cashier + "'");
    }
    try (DeskAssembly assembly = start(desk)) {
      FxRuntime.start();
      CountDownLatch closed = new CountDownLatch(1);
      FxRuntime.call(() -> CashierWindow.open(assembly, texts, cashier.strip()))
          .addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
      closed.await();
    } finally {
      FxRuntime.stop();
    }
    return ExitCodes.OK;
  }

  static Locale language(String lang) {
    return switch (lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT)) {
      case "vi" -> Locale.forLanguageTag("vi");
      case "en" -> Locale.ENGLISH;
      default -> throw new BadInputException("--lang must be vi or en, was '" + lang + "'");
    };
  }

  static DeskConfig load(Path file) {
    try {
      return new ConfigLoader().loadDesk(file);
    } catch (ConfigException e) {
      throw new BadInputException("configuration: " + e.getMessage(), e);
    }
  }

  static DeskAssembly start(DeskConfig desk) {
    try {
      return DeskAssembly.start(desk, Home.path(), Clock.systemUTC());
    } catch (IllegalStateException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
