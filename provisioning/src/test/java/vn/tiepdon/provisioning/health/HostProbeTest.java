package vn.tiepdon.provisioning.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.message.HostFigures;

class HostProbeTest {
  @TempDir Path folder;

  private void zone(String name, String temp) throws Exception {
    Path zone = Files.createDirectories(folder.resolve("thermal").resolve(name));
    if (temp != null) {
      Files.writeString(zone.resolve("temp"), temp);
    }
  }

  @Test
  void reportsTheHottestReadableZone() throws Exception {
    zone("thermal_zone0", "48312\n");
    zone("thermal_zone1", "61500\n");
    zone("thermal_zone2", "garbage\n");
    zone("thermal_zone3", null);
    zone("cooling_device0", "99000\n");

    HostFigures figures = new HostProbe(folder, folder.resolve("thermal")).read();

    assertThat(figures.temperatureCelsius()).isEqualTo(61.5);
  }

  @Test
  void leavesTemperatureOutWhereThereIsNoSensor() {
    HostFigures figures = new HostProbe(folder, folder.resolve("no-such-dir")).read();

    assertThat(figures.temperatureCelsius()).isNull();
    assertThat(figures.diskFreeBytes()).isPositive();
    assertThat(figures.processors()).isPositive();
    assertThat(figures.heapUsedBytes()).isPositive();
  }

  @Test
  void leavesDiskOutWhenTheDataFolderIsMissing() {
    HostFigures figures = new HostProbe(folder.resolve("gone"), folder).read();
    assertThat(figures.diskFreeBytes()).isNull();
  }
}
