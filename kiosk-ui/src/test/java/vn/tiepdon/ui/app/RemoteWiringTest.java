package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.RemoteCommand;
import vn.tiepdon.provisioning.command.SignedCommand;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.mqtt.MqttFleetCommandTransport;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.remote.ProvisioningSection;
import vn.tiepdon.ui.remote.RemoteManagement;

/**
 * The composition root builds remote management from a {@code provisioning:} section: the kiosk's
 * key is created on first boot, its enrolment request is ready for the staff screen, and commands
 * are taken over the kiosk's own broker connection. (Commands themselves are tested end to end in
 * {@code remote.RemoteManagementTest}.)
 */
class RemoteWiringTest {
  @TempDir Path home;

  @Test
  void aKioskWithAProvisioningSectionCreatesItsIdentityAndTakesCommands() throws Exception {
    TiepdonConfig demo = QrOnlyDemoKiosk.demo();
    String hospitalKey =
        new Ed25519PublicKey(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic())
            .text();
    try (DemoBroker broker = DemoBroker.start(home.resolve("broker"))) {
      TiepdonConfig config =
          QrOnlyDemoKiosk.config(
              home,
              new TelemetrySettings(
                  broker.url(),
                  demo.site().id(),
                  demo.kiosk().id(),
                  null,
                  null,
                  null,
                  Duration.ofSeconds(60),
                  null,
                  null,
                  null,
                  null),
              null,
              // The keystore password is read from the named environment variable; HOME is one
              // every test machine has.
              new ProvisioningSection(
                  "data/kiosk.p12", "HOME", hospitalKey, "data/bundle.enc", null));

      try (KioskAssembly kiosk =
          KioskAssembly.start(config, home, CscaTrustStore.of(List.of()), Clock.systemUTC())) {
        RemoteManagement remote = kiosk.remote().orElseThrow();
        assertThat(remote.enrolmentQrText()).startsWith("TDR1:");
        assertThat(remote.bundle()).isEmpty();
        assertThat(Files.exists(home.resolve("data/kiosk.p12"))).isTrue();

        // The commands reach the kiosk over its own broker connection: a not-yet-enrolled kiosk
        // answers an operator's signed command with a refusal, on the ack topic.
        KeyPair operator = Ed25519.generate();
        CommandSigner signer =
            new CommandSigner(operator.getPrivate(), new Ed25519PublicKey(operator.getPublic()));
        List<CommandAck> acks = new CopyOnWriteArrayList<>();
        try (MqttFleetCommandTransport desk =
            new MqttFleetCommandTransport(
                FleetSettings.anonymous(broker.url(), "it-desk-wiring"))) {
          SignedCommand restart =
              signer.sign(
                  RemoteCommand.issue(
                      new CommandId("c-wiring-1"),
                      config.telemetry().kiosk(),
                      CommandType.RESTART,
                      null,
                      Clock.systemUTC().instant(),
                      Duration.ofMinutes(5),
                      signer.keyId()));
          // Resent until the kiosk's subscription is in place; on a loaded machine an ack can take
          // longer than one inner wait, which must then retry rather than fail the test.
          await()
              .atMost(Duration.ofSeconds(90))
              .ignoreExceptions()
              .untilAsserted(
                  () -> {
                    if (acks.isEmpty()) {
                      desk.send(restart, acks::add);
                    }
                    await().atMost(Duration.ofSeconds(15)).until(() -> !acks.isEmpty());
                  });
        }
        assertThat(acks.get(0).status()).isEqualTo(AckStatus.REJECTED_SIGNATURE);
        assertThat(kiosk.flow().isOutOfService()).isFalse();
      }
    }
  }
}
