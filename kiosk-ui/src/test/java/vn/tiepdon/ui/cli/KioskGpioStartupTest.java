package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.devices.gpio.pi4j.GpioBoard;

/**
 * A kiosk configured for the Raspberry Pi's pins and started on another machine (a desk PC, this
 * build machine) stops at start-up with one line naming the key and the reason: no stack trace, no
 * silent fall-back to simulated pins, exit status 2.
 */
class KioskGpioStartupTest {
  @TempDir Path dir;

  @Test
  void theRaspberryPisPinsOnAnotherMachineAreAOneLineStartUpError() throws Exception {
    assumeTrue(GpioBoard.missing().isPresent(), "this machine has GPIO");
    String demo = Files.readString(Path.of("../config/demo.yaml"));
    String onThePi =
        demo.replace("dataDir: var/demo", "dataDir: " + dir.resolve("data"))
            .replace("outputFolder: var/demo/tickets", "outputFolder: " + dir.resolve("tickets"))
            .replace("    type: simulated            # Pi4J's mock", "    type: pi4j    # Pi4J's");
    assertThat(onThePi).contains("type: pi4j");
    Path config = Files.writeString(dir.resolve("kiosk.yaml"), onThePi);
    StringWriter err = new StringWriter();
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int status = cli.execute("kiosk", "--config", config.toString());

    assertThat(status).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().strip())
        .isEqualTo(
            "tiepdon: devices.gpio.type: type pi4j needs a Raspberry Pi's GPIO, but "
                + GpioBoard.missing().get()
                + "; use type simulated on any other machine");
  }
}
