package vn.tiepdon.ui.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.app.KioskDatabase;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.remote.CscaFolder;
import vn.tiepdon.ui.remote.KioskPorts;
import vn.tiepdon.ui.remote.RemoteManagement;

/**
 * Installs an enrolment bundle from a file on the kiosk itself (a USB stick, a copy over SSH), the
 * third way in besides the scanned QR sequence and IT's replace-bundle command. The bundle is
 * checked exactly as the running kiosk checks a scanned one, with the kiosk's own keystore.
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = {
      "Install an enrolment bundle from a file on this kiosk.",
      "It is verified with the kiosk's keystore (signature, validity, kiosk, hospital); a refused"
          + " bundle changes nothing. The kiosk applies it when it next starts."
    })
final class ProvisionInstall implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "The kiosk's configuration (YAML) with its provisioning: section.")
  Path config;

  @Option(
      names = "--bundle",
      required = true,
      paramLabel = "FILE",
      description = "The signed bundle file (what `provision bundle --out` wrote).")
  Path bundle;

  private final Function<String, String> environment;

  ProvisionInstall() {
    this(System::getenv);
  }

  /** {@code environment}: where the keystore password variable is read. */
  ProvisionInstall(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    TiepdonConfig kiosk = ConfigFiles.load(config);
    if (kiosk.provisioning() == null) {
      throw new BadInputException(
          "--config: " + config + " has no provisioning: section, so this kiosk takes no bundle");
    }
    byte[] file = ProvisionCommand.readBytes("--bundle", bundle);
    Path home = Home.path();
    Path dataDir = home.resolve(kiosk.kiosk().dataDir()).normalize();
    RemoteManagement management = open(kiosk, home, dataDir);
    try (management) {
      EnrolmentBundle installed =
          ProvisionCommand.bundleOption(() -> management.installer().install(file));
      Map<String, Object> summary = ProvisionCommand.summary(installed);
      summary.put("installed", true);
      summary.put("appliesAt", "the kiosk's next start");
      Json.print(spec.commandLine().getOut(), summary);
      return ExitCodes.OK;
    }
  }

  private RemoteManagement open(TiepdonConfig kiosk, Path home, Path dataDir) {
    try {
      return RemoteManagement.open(
          kiosk.provisioning().settings(home),
          environment,
          KioskRef.of(kiosk.site().id(), kiosk.kiosk().id()),
          KioskDatabase.open(dataDir.resolve("kiosk.db")),
          Clock.systemUTC(),
          KioskPorts.notRunning(
              new CscaFolder(
                  CscaFolder.configured(kiosk.chip().cscaFolder(), home, dataDir), trust -> {})));
    } catch (IllegalArgumentException e) {
      // The keystore password variable is unset: the message names the variable, never a value.
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
