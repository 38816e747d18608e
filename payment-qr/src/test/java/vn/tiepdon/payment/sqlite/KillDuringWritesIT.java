package vn.tiepdon.payment.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.reference.ReferenceCode;

/** A committed intent survives the process being killed with SIGKILL in the middle of writes. */
class KillDuringWritesIT {
  private static final int CONFIRMED_BEFORE_KILL = 200;

  @TempDir Path dir;

  @Test
  void everyIntentReportedAsCreatedIsStillThereAfterKillMinusNine() throws Exception {
    Path file = dir.resolve("kiosk.db");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IntentWriterProcess.class.getName(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Map<String, Long> confirmed = new LinkedHashMap<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (confirmed.size() < CONFIRMED_BEFORE_KILL && (line = out.readLine()) != null) {
        String[] cells = line.split(" ");
        confirmed.put(cells[0], Long.parseLong(cells[1]));
      }
      writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      writer.waitFor();
    }

    assertThat(confirmed).hasSize(CONFIRMED_BEFORE_KILL);
    SqlitePaymentIntentStore reopened = new SqlitePaymentIntentStore(PaymentDatabase.open(file));
    confirmed.forEach(
        (code, amount) -> {
          PaymentIntent stored = reopened.find(new ReferenceCode(code)).orElseThrow();
          assertThat(stored.amount()).isEqualTo(Money.ofDong(amount));
        });
  }
}
