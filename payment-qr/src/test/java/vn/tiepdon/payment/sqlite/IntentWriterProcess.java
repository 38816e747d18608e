package vn.tiepdon.payment.sqlite;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import javax.sql.DataSource;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;

/**
 * Creates intents in a loop and prints each reference code once {@code create} has returned (the
 * insert is committed); {@link KillDuringWritesIT} kills it with SIGKILL mid-stream.
 */
public final class IntentWriterProcess {
  private IntentWriterProcess() {}

  public static void main(String[] args) {
    DataSource db = PaymentDatabase.open(Path.of(args[0]));
    PaymentMigrations.migrate(db);
    PaymentIntents intents =
        new PaymentIntents(
            new PaymentSettings("970436", "0011001234567", "BV ABC"),
            new SqlitePaymentIntentStore(db),
            Clock.systemUTC(),
            new SecureRandom());
    for (long i = 1; ; i++) {
      PaymentIntent intent = intents.create(Money.ofDong(1000 + i), "K01-" + i);
      System.out.println(intent.reference().value() + " " + intent.amount().dong());
      System.out.flush();
    }
  }
}
