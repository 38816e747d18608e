package vn.tiepdon.devices.gpio.pi4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether this machine can drive GPIO through Pi4J's gpiod plugin: the kernel's GPIO character
 * device ({@code /dev/gpiochipN}) must exist and be readable and writable, and the CPU must be one
 * the plugin ships native code for (aarch64 or armhf, as on a Raspberry Pi 4 or 5). Checked before
 * Pi4J is asked, because Pi4J on another machine fails deep in native loading with a stack trace.
 */
public final class GpioBoard {
  private static final List<String> NATIVE_ARCHES = List.of("aarch64", "arm");

  private GpioBoard() {}

  /** Why this machine has no usable GPIO; empty when it has. */
  public static Optional<String> missing() {
    return missing(Path.of("/dev"), System.getProperty("os.arch", ""));
  }

  /**
   * @param dev the device folder ({@code /dev})
   * @param osArch the JVM's {@code os.arch}
   */
  static Optional<String> missing(Path dev, String osArch) {
    String arch = osArch.toLowerCase(Locale.ROOT);
    if (NATIVE_ARCHES.stream().noneMatch(arch::startsWith)) {
      return Optional.of(
          "this machine's CPU is "
              + osArch
              + "; Pi4J's gpiod plugin runs on a Raspberry Pi (aarch64 or armhf) only");
    }
    List<Path> chips = chips(dev);
    if (chips.isEmpty()) {
      return Optional.of(
          "no GPIO character device (" + dev.resolve("gpiochip*") + ") on this machine");
    }
    Optional<Path> usable =
        chips.stream().filter(c -> Files.isReadable(c) && Files.isWritable(c)).findFirst();
    if (usable.isEmpty()) {
      return Optional.of(
          "no permission to use "
              + chips.get(0)
              + " (add the kiosk's user to the gpio group, then log in again)");
    }
    return Optional.empty();
  }

  private static List<Path> chips(Path dev) {
    if (!Files.isDirectory(dev)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dev)) {
      return entries
          .filter(p -> p.getFileName().toString().matches("gpiochip\\d+"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
