package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class KioskLogTailTest {
  /** A made-up citizen's CCCD number (citizen-id's sample style), never a real person's. */
  private static final String ID = "079185001234";

  @TempDir Path folder;

  @Test
  void lastLinesAreTheNewestOnesOldestFirstWithIdsMasked() throws Exception {
    Path log = folder.resolve("tiepdon.log");
    Files.writeString(
        log,
        "2026-12-01T23:00:00.000+07:00 INFO first\n"
            + "2026-12-01T23:00:01.000+07:00 INFO card "
            + ID
            + " read\n"
            + "2026-12-01T23:00:02.000+07:00 WARN printer paper near end\n"
            + "2026-12-01T23:00:03.000+07:00 INFO ids "
            + ID
            + ","
            + ID
            + " and 0123456789012 (13 digits)\n",
        StandardCharsets.UTF_8);

    List<String> lines = new KioskLogTail(log).lastLines(3);

    assertThat(lines)
        .containsExactly(
            "2026-12-01T23:00:01.000+07:00 INFO card 079******234 read",
            "2026-12-01T23:00:02.000+07:00 WARN printer paper near end",
            "2026-12-01T23:00:03.000+07:00 INFO ids 079******234,079******234 and 0123456789012"
                + " (13 digits)");
    assertThat(String.join("\n", lines)).doesNotContain(ID);
  }

  @Test
  void aLargeLogIsReadOnlyFromItsEndAndNoLineIsCutInHalf() throws Exception {
    Path log = folder.resolve("big.log");
    String lines =
        IntStream.range(0, 40_000)
            .mapToObj(i -> String.format("line %06d patient %s done", i, ID))
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(log, lines, StandardCharsets.UTF_8);
    assertThat(Files.size(log)).isGreaterThan(4L * KioskLogTail.MAX_READ_BYTES);

    List<String> all = new KioskLogTail(log).lastLines(Integer.MAX_VALUE);

    int lineBytes = "line 000000 patient 079185001234 done\n".length();
    assertThat(all.size()).isBetween(KioskLogTail.MAX_READ_BYTES / lineBytes - 1, 40_000 / 4);
    assertThat(all).allMatch(line -> line.matches("line \\d{6} patient 079\\*{6}234 done"));
    assertThat(all.get(all.size() - 1)).startsWith("line 039999 ");
    assertThat(new KioskLogTail(log).lastLines(2))
        .containsExactly(
            "line 039998 patient 079******234 done", "line 039999 patient 079******234 done");
  }

  @Test
  void aLineStillBeingWrittenAndBrokenUtf8AreKeptReadable() throws Exception {
    Path log = folder.resolve("partial.log");
    byte[] vietnamese = "Máy in hết giấy\n".getBytes(StandardCharsets.UTF_8);
    byte[] cut = {'h', 'a', 'l', 'f', ' ', (byte) 0xE1, (byte) 0xBB};
    Files.write(log, vietnamese);
    Files.write(log, cut, java.nio.file.StandardOpenOption.APPEND);

    assertThat(new KioskLogTail(log).lastLines(10))
        .containsExactly("Máy in hết giấy", "half \uFFFD");
  }

  @Test
  void anEmptyLogHasNoLinesAndAMissingOneIsNamed() throws Exception {
    Path empty = Files.createFile(folder.resolve("empty.log"));
    assertThat(new KioskLogTail(empty).lastLines(5)).isEmpty();

    Path missing = folder.resolve("nowhere/tiepdon.log");
    assertThatThrownBy(() -> new KioskLogTail(missing).lastLines(5))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
    assertThatThrownBy(() -> new KioskLogTail(empty).lastLines(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max");
  }

  @Test
  void findsTheFileLogbackWritesAndReadsWhatWasJustLogged() throws Exception {
    KioskLogTail tail = KioskLogTail.ofLogback();
    assertThat(tail.file().getFileName()).hasToString("tiepdon.log");

    String marker = UUID.randomUUID().toString();
    Logger log = LoggerFactory.getLogger(KioskLogTailTest.class);
    log.info("remote log test {} card {}", marker, ID);

    List<String> lines = tail.lastLines(50);
    assertThat(lines).anyMatch(line -> line.contains(marker) && line.endsWith("card 079******234"));
    assertThat(lines).noneMatch(line -> line.contains(ID));
  }
}
