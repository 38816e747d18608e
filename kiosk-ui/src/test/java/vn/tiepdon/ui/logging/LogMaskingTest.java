package vn.tiepdon.ui.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Logs through the production logback.xml and reads what reached the log file. */
class LogMaskingTest {
  private static final String ID = "079085001234";

  @TempDir Path logs;

  @AfterEach
  void restoreDefaultConfiguration() throws Exception {
    configure(Path.of(System.getProperty("tiepdon.logs", "target/logs")));
  }

  @Test
  void noLogLineCarriesAnUnmaskedCitizenId() throws Exception {
    LoggerContext context = configure(logs);
    var log = context.getLogger("vn.tiepdon.test");

    MDC.put("patient", ID);
    try {
      log.info("scanned card {} for {}", ID, "Nguyễn Văn An");
      log.warn("plain text " + ID + " and again " + ID + ".");
      log.error("chip read failed", new IllegalStateException("card " + ID + " removed"));
    } finally {
      MDC.remove("patient");
    }
    context.stop();

    String written = Files.readString(logs.resolve("tiepdon.log"), StandardCharsets.UTF_8);
    assertThat(written).doesNotContain(ID).contains("079******234").contains("Nguyễn Văn An");
    assertThat(written).contains("card 079******234 removed");
  }

  @Test
  void insuranceCardNumbersAreMaskedToo() {
    assertThat(CitizenIdMasking.mask("BHYT DN4797915002223 of " + ID + ", code HT3010123456789."))
        .isEqualTo("BHYT DN4*********223 of 079******234, code HT3*********789.");
    assertThat(CitizenIdMasking.mask("ref TD7K3M9Q12345678 and XX9797915002223 stay"))
        .isEqualTo("ref TD7K3M9Q12345678 and XX9797915002223 stay");
  }

  @Test
  void otherNumbersAreLeftAlone() {
    assertThat(CitizenIdMasking.mask("ticket 1023, amount 150000, txn 1234567890123, id " + ID))
        .isEqualTo("ticket 1023, amount 150000, txn 1234567890123, id 079******234");
  }

  private static LoggerContext configure(Path logDir) throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    context.putProperty("tiepdon.logs", logDir.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogMaskingTest.class.getResource("/logback.xml"));
    return context;
  }
}
