package vn.tiepdon.provisioning.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped ACL on a real Mosquitto: each kiosk speaks only for itself. */
class MosquittoAclIT {
  private static final int NOT_AUTHORIZED = 0x87;
  private static final String K01 = "tiepdon/v1/bv-test/k01/";
  private static final String K02 = "tiepdon/v1/bv-test/k02/";

  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  @TempDir static Path folder;
  static Mosquitto broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker =
        Mosquitto.start(
            folder,
            Map.of(
                "bv-test/k01",
                "pw-k01",
                "bv-test/k02",
                "pw-k02",
                "fleet",
                "pw-fleet",
                "cashier",
                "pw-cashier"));
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  @Test
  void aKioskWritesItsOwnTopicsButNotAnotherKiosks() throws Exception {
    try (MqttPeer fleet = MqttPeer.connect(broker.url(), "fleet-acl-1", "fleet", "pw-fleet");
        MqttPeer k01 =
            MqttPeer.connect(broker.url(), "kiosk-bv-test-k01", "bv-test/k01", "pw-k01")) {
      fleet.subscribe("tiepdon/v1/#");

      assertThat(k01.publish(K02 + "event", "{\"forged\":true}", false)).isEqualTo(NOT_AUTHORIZED);
      assertThat(k01.publish(K02 + "status", "{\"forged\":true}", true)).isEqualTo(NOT_AUTHORIZED);
      assertThat(k01.publish(K01 + "cmd/c-1", "{\"self\":true}", false))
          .as("a kiosk cannot command itself")
          .isEqualTo(NOT_AUTHORIZED);
      assertThat(k01.publish(K01 + "health", "{\"own\":1}", false)).isLessThan(0x80);
      assertThat(k01.publish(K01 + "event", "{\"own\":2}", false)).isLessThan(0x80);
      assertThat(k01.publish(K01 + "cmd/c-0/ack", "{\"own\":3}", false)).isLessThan(0x80);

      // Mosquitto is single-threaded and delivers in order: once the last allowed message is
      // here, a forged one would have arrived before it.
      await().until(() -> !fleet.on(K01 + "cmd/c-0/ack").isEmpty());
      assertThat(fleet.received())
          .extracting(MqttPeer.Received::topic)
          .containsExactly(K01 + "health", K01 + "event", K01 + "cmd/c-0/ack");
    }
  }

  @Test
  void aKioskReadsItsOwnCommandsButNotOtherKiosksTelemetry() throws Exception {
    try (MqttPeer fleet = MqttPeer.connect(broker.url(), "fleet-acl-2", "fleet", "pw-fleet");
        MqttPeer k01 =
            MqttPeer.connect(broker.url(), "kiosk-bv-test-k01b", "bv-test/k01", "pw-k01");
        MqttPeer k02 =
            MqttPeer.connect(broker.url(), "kiosk-bv-test-k02", "bv-test/k02", "pw-k02")) {
      k01.subscribe("tiepdon/v1/+/+/health");
      k01.subscribe(K01 + "cmd/+");

      assertThat(k02.publish(K02 + "health", "{\"k02\":1}", false)).isLessThan(0x80);
      assertThat(fleet.publish(K01 + "cmd/c-7", "{\"signed\":\"...\"}", false)).isLessThan(0x80);

      await().until(() -> !k01.on(K01 + "cmd/c-7").isEmpty());
      assertThat(k01.received())
          .extracting(MqttPeer.Received::topic)
          .containsExactly(K01 + "cmd/c-7");
    }
  }

  @Test
  void theFleetConsumesThroughASharedSubscription() throws Exception {
    try (MqttPeer fleet = MqttPeer.connect(broker.url(), "fleet-acl-3", "fleet", "pw-fleet");
        MqttPeer k02 =
            MqttPeer.connect(broker.url(), "kiosk-bv-test-k02c", "bv-test/k02", "pw-k02")) {
      assertThat(fleet.subscribe("$share/fleet/tiepdon/v1/+/+/health")).isLessThan(0x80);

      k02.publish(K02 + "health", "{\"shared\":1}", false);

      await().until(() -> !fleet.on(K02 + "health").isEmpty());
    }
  }

  @Test
  void onlyTheCashierDeskWritesPaymentStatusesAndAKioskReadsOnlyItsOwn() throws Exception {
    try (MqttPeer cashier = MqttPeer.connect(broker.url(), "cashier-acl", "cashier", "pw-cashier");
        MqttPeer k01 =
            MqttPeer.connect(broker.url(), "kiosk-bv-test-k01p", "bv-test/k01", "pw-k01");
        MqttPeer k02 =
            MqttPeer.connect(broker.url(), "kiosk-bv-test-k02p", "bv-test/k02", "pw-k02")) {
      assertThat(cashier.subscribe("$share/cashier/tiepdon/v1/bv-test/+/event")).isLessThan(0x80);
      k01.subscribe(K01 + "payment/+");
      k01.subscribe("tiepdon/v1/+/+/payment/+"); // granted, but the broker filters per topic

      String paid = "{\"status\":\"PAID\"}";
      assertThat(k01.publish(K01 + "payment/TDFORGED1", paid, true))
          .as("a kiosk cannot say its own intent is paid")
          .isEqualTo(NOT_AUTHORIZED);
      assertThat(k02.publish(K01 + "payment/TDFORGED2", paid, true)).isEqualTo(NOT_AUTHORIZED);
      assertThat(cashier.publish(K01 + "cmd/c-9", "{}", false))
          .as("a desk cannot command kiosks")
          .isEqualTo(NOT_AUTHORIZED);
      assertThat(cashier.publish(K01 + "event", "{}", false)).isEqualTo(NOT_AUTHORIZED);
      assertThat(cashier.publish(K02 + "payment/TDK02PAID", paid, true)).isLessThan(0x80);
      assertThat(cashier.publish(K01 + "payment/TDK01PAID", paid, true)).isLessThan(0x80);
      assertThat(k01.publish(K01 + "event", "{\"intent\":1}", false)).isLessThan(0x80);

      // In order on one broker thread: once these are here, anything forged came before them.
      await().until(() -> !cashier.on(K01 + "event").isEmpty());
      await().until(() -> k01.on(K01 + "payment/TDK01PAID").size() >= 1);
      assertThat(k01.received())
          .extracting(MqttPeer.Received::topic)
          .allMatch(t -> t.equals(K01 + "payment/TDK01PAID"));
      // Clearing the retained status is the desk's too.
      assertThat(cashier.publish(K01 + "payment/TDK01PAID", "", true)).isLessThan(0x80);
      assertThat(cashier.publish(K02 + "payment/TDK02PAID", "", true)).isLessThan(0x80);
    }
  }

  @Test
  void strangersAndWrongPasswordsAreRefused() {
    assertThatThrownBy(() -> MqttPeer.connect(broker.url(), "stranger", "bv-test/k99", "guess"))
        .isInstanceOf(MqttException.class);
    assertThatThrownBy(() -> MqttPeer.connect(broker.url(), "wrong", "bv-test/k01", "pw-k02"))
        .isInstanceOf(MqttException.class);
  }
}
