package vn.tiepdon.provisioning.health;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.message.HostFigures;

/**
 * Reads the kiosk computer's figures: CPU, memory, free disk where the kiosk keeps its data, and
 * the hottest Linux thermal zone ({@code /sys/class/thermal/thermal_zone*}/temp, millidegrees).
 * What the platform does not offer is left empty, never guessed.
 */
public final class HostProbe {
  private static final Logger log = LoggerFactory.getLogger(HostProbe.class);
  public static final Path LINUX_THERMAL = Path.of("/sys/class/thermal");

  private final Path dataDirectory;
  private final Path thermalRoot;

  /**
   * @param dataDirectory where the kiosk writes; its file store's free space is reported
   * @param thermalRoot normally {@link #LINUX_THERMAL}
   */
  public HostProbe(Path dataDirectory, Path thermalRoot) {
    this.dataDirectory = dataDirectory;
    this.thermalRoot = thermalRoot;
  }

  public static HostProbe linux(Path dataDirectory) {
    return new HostProbe(dataDirectory, LINUX_THERMAL);
  }

  public HostFigures read() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    Double cpuLoad = null;
    Long memoryFree = null;
    Long memoryTotal = null;
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      double load = sun.getCpuLoad();
      cpuLoad = load < 0 ? null : load;
      memoryFree = sun.getFreeMemorySize();
      memoryTotal = sun.getTotalMemorySize();
    }
    double loadAverage = os.getSystemLoadAverage();
    return new HostFigures(
        cpuLoad,
        loadAverage < 0 ? null : loadAverage,
        os.getAvailableProcessors(),
        heap.getUsed(),
        heap.getMax(),
        memoryFree,
        memoryTotal,
        diskFree(),
        temperature());
  }

  private Long diskFree() {
    try {
      return Files.getFileStore(dataDirectory).getUsableSpace();
    } catch (IOException e) {
      log.debug("free space of {} unreadable: {}", dataDirectory, e.toString());
      return null;
    }
  }

  private Double temperature() {
    OptionalDouble hottest = hottestZone();
    return hottest.isPresent() ? hottest.getAsDouble() : null;
  }

  /** The highest temperature of all readable zones, in °C. */
  OptionalDouble hottestZone() {
    if (!Files.isDirectory(thermalRoot)) {
      return OptionalDouble.empty();
    }
    try (Stream<Path> zones = Files.list(thermalRoot)) {
      return zones
          .filter(zone -> zone.getFileName().toString().startsWith("thermal_zone"))
          .map(zone -> zone.resolve("temp"))
          .map(HostProbe::readMillidegrees)
          .filter(OptionalDouble::isPresent)
          .mapToDouble(OptionalDouble::getAsDouble)
          .max();
    } catch (IOException e) {
      log.debug("thermal zones under {} unreadable: {}", thermalRoot, e.toString());
      return OptionalDouble.empty();
    }
  }

  private static OptionalDouble readMillidegrees(Path file) {
    try {
      String text = Files.readString(file).strip();
      return OptionalDouble.of(Long.parseLong(text) / 1000.0);
    } catch (IOException | NumberFormatException e) {
      // Some zones (e.g. a disabled sensor) refuse reads; the others still count.
      return OptionalDouble.empty();
    }
  }
}
