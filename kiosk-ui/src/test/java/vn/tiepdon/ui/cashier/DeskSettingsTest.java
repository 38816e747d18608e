package vn.tiepdon.ui.cashier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.DeskBrokerSettings;
import vn.tiepdon.ui.config.DeskConfig;
import vn.tiepdon.ui.config.DeskSettings;

/** The desk: section as the cashier desk reads it. */
class DeskSettingsTest {
  private static final String CASSO = "casso-checksum-key-made-up-for-tests";

  private static DeskConfig read(String desk) throws Exception {
    String yaml =
        "site: {id: bv-test, name: {vi: \"Bệnh viện\", en: \"Hospital\"}}\n"
            + "desk:\n"
            + desk
            + "payment: {bankBin: \"970436\", accountNumber: \"0011001234567\", accountName: X}\n";
    return new ConfigLoader()
        .read(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
            "desk.yaml",
            DeskConfig.class);
  }

  @Test
  void defaultsNeedNoWebhooks() throws Exception {
    DeskSettings desk = read("  id: t1\n").desk();
    assertThat(desk.database()).isEqualTo("var/desk/desk.db");
    assertThat(desk.usesPostgres()).isFalse();
    assertThat(desk.webhooks()).isEmpty();
    assertThat(desk.exportFolder()).isEqualTo("var/desk/reports");
    assertThat(desk.refreshInterval()).isEqualTo(DeskSettings.DEFAULT_REFRESH);
  }

  @Test
  void aProviderWithASecretIsServedAndTheSecretIsNeverPrinted() throws Exception {
    DeskSettings desk =
        read("  id: t1\n  database: \"jdbc:postgresql://db/tiepdon?user=desk&password=s3cret\"\n"
                + "  webhookPort: 9090\n  webhookBind: 0.0.0.0\n  cassoChecksumKey: \""
                + CASSO
                + "\"\n")
            .desk();
    assertThat(desk.usesPostgres()).isTrue();
    assertThat(desk.webhooks().orElseThrow().port()).isEqualTo(9090);
    assertThat(desk.webhooks().orElseThrow().bindAddress()).isEqualTo("0.0.0.0");
    assertThat(desk.webhooks().orElseThrow().cassoChecksumKey()).isEqualTo(CASSO);
    assertThat(desk.toString())
        .doesNotContain(CASSO)
        .doesNotContain("s3cret")
        .contains("casso=true");
  }

  private static DeskConfig readWithBroker(String broker) throws Exception {
    String yaml =
        "site: {id: bv-test, name: {vi: \"Bệnh viện\", en: \"Hospital\"}}\n"
            + "desk: {id: t1}\n"
            + "broker:\n"
            + broker
            + "payment: {bankBin: \"970436\", accountNumber: \"0011001234567\", accountName: X}\n";
    return new ConfigLoader()
        .read(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
            "desk.yaml",
            DeskConfig.class);
  }

  @Test
  void aBrokerSectionMakesAHospitalWideDeskWithDefaults() throws Exception {
    DeskConfig config =
        readWithBroker(
            "  brokerUrl: tcp://mqtt.example.vn:1883\n  username: cashier\n  password: s3cret-pw\n");
    DeskBrokerSettings broker = config.brokerIfConfigured().orElseThrow();
    FleetSettings connection = broker.connection(config.desk().id());
    assertThat(connection.clientId()).isEqualTo("cashier-t1");
    assertThat(connection.sharedGroup()).isEqualTo("cashier");
    assertThat(connection.username()).isEqualTo("cashier");
    assertThat(broker.statusLifetime()).isEqualTo(DeskBrokerSettings.DEFAULT_STATUS_LIFETIME);
    assertThat(broker.toString()).doesNotContain("s3cret-pw");
    assertThat(read("  id: t1\n").brokerIfConfigured()).isEmpty();
  }

  @Test
  void badBrokerValuesAreNamedByKey() {
    assertThatThrownBy(() -> readWithBroker("  brokerUrl: http://mqtt.example.vn\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("broker.brokerUrl")
        .hasMessageContaining("tcp:// or ssl://");
    assertThatThrownBy(
            () -> readWithBroker("  brokerUrl: tcp://mqtt:1883\n  sharedGroup: \"a/b\"\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("broker.sharedGroup")
        .hasMessageContaining("'a/b'");
    assertThatThrownBy(
            () -> readWithBroker("  brokerUrl: tcp://mqtt:1883\n  statusLifetime: PT1M\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("broker.statusLifetime");
    assertThatThrownBy(() -> readWithBroker("  brokerUrl: tcp://mqtt:1883\n  clientId: \"#\"\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("broker.clientId");
  }

  @Test
  void badValuesAreNamedByKey() {
    assertThatThrownBy(() -> read("  id: t1\n  refreshInterval: PT0.1S\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("desk.refreshInterval")
        .hasMessageContaining("PT0.1S");
    assertThatThrownBy(() -> read("  id: t1\n  webhookPort: 80\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("desk.webhookPort")
        .hasMessageContaining("was 80");
    assertThatThrownBy(() -> read("  id: t1\n  payOsChecksumKey: short\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("desk.payOsChecksumKey")
        .hasMessageNotContaining("short\"");
  }
}
