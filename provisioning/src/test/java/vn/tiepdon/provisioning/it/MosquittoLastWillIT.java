package vn.tiepdon.provisioning.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.fleet.Liveness;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.mqtt.MqttTelemetryFeed;
import vn.tiepdon.provisioning.testing.RecordingFleet;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * A kiosk in its own JVM dies ({@code kill -9}) or freezes ({@code kill -STOP}, the socket stays
 * open as when a cable is pulled): the fleet sees it offline through its Last Will, within 1.5 ×
 * keep-alive for the frozen one.
 */
class MosquittoLastWillIT {
  private static final KioskRef KIOSK = KioskRef.of("bv-test", "k-child");
  private static final int KEEP_ALIVE_SECONDS = 5;
  private static final long MOSQUITTO_SWEEP = 7_000;

  @TempDir Path brokerFolder;
  @TempDir Path data;
  private Process child;

  @AfterEach
  void killChild() throws Exception {
    if (child != null && child.isAlive()) {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aKilledKioskIsOfflineThroughItsWillAndAFrozenOneWithinOneAndAHalfKeepAlives()
      throws Exception {
    RecordingFleet fleet = new RecordingFleet();
    try (Mosquitto broker =
            Mosquitto.start(
                brokerFolder, Map.of(KIOSK.toString(), "pw-kiosk", "fleet", "pw-fleet"));
        FleetListener listener =
            MqttTelemetryFeed.listen(
                new FleetSettings(broker.url(), "fleet-will", "fleet", "pw-fleet", "", "fleet"),
                fleet)) {
      child = startKiosk(broker);
      await().atMost(Duration.ofSeconds(60)).until(() -> judged(fleet).size() == 1);
      assertThat(judged(fleet).get(0).liveness()).isEqualTo(Liveness.ONLINE);

      long killedAt = System.nanoTime();
      child.destroyForcibly();
      await().atMost(Duration.ofSeconds(30)).until(() -> judged(fleet).size() == 2);
      RecordingFleet.Judged killed = judged(fleet).get(1);
      assertThat(killed.liveness()).isEqualTo(Liveness.OFFLINE);
      assertThat(killed.status().reason()).isEqualTo(OfflineReason.CONNECTION_LOST);
      assertThat(killed.status().bdSeq()).isEqualTo(judged(fleet).get(0).status().bdSeq());

      System.out.println(
          "killed kiosk declared offline after "
              + Duration.ofNanos(System.nanoTime() - killedAt).toMillis()
              + " ms (the kernel closed its socket)");

      child = startKiosk(broker);
      await().atMost(Duration.ofSeconds(60)).until(() -> judged(fleet).size() == 3);
      long rebirth = judged(fleet).get(2).status().bdSeq();
      assertThat(rebirth).isGreaterThan(killed.status().bdSeq());

      long frozenAt = System.nanoTime();
      signal("STOP", child.pid());
      await().atMost(Duration.ofSeconds(30)).until(() -> judged(fleet).size() == 4);
      Duration noticed = Duration.ofNanos(System.nanoTime() - frozenAt);
      RecordingFleet.Judged frozen = judged(fleet).get(3);
      assertThat(frozen.liveness()).isEqualTo(Liveness.OFFLINE);
      assertThat(frozen.status().bdSeq()).isEqualTo(rebirth);
      // The broker declares the kiosk lost 1.5 × keep-alive after its last packet, but Mosquitto
      // 2.0 sweeps its clients for that only every 6 s (src/keepalive.c: "last_keepalive_check
      // + 5 < now"); one more second for a loaded build machine.
      assertThat(noticed)
          .as("Will of a frozen kiosk after %s", noticed)
          .isLessThanOrEqualTo(Duration.ofMillis(KEEP_ALIVE_SECONDS * 1500L + MOSQUITTO_SWEEP));
      System.out.println("frozen kiosk declared offline after " + noticed.toMillis() + " ms");
    }
  }

  private static List<RecordingFleet.Judged> judged(RecordingFleet fleet) {
    return fleet.statusesOf(KIOSK);
  }

  private Process startKiosk(Mosquitto broker) throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "-Xmx64m",
                KioskProcess.class.getName(),
                broker.url(),
                KIOSK.site().value(),
                KIOSK.kiosk().value(),
                KIOSK.toString(),
                "pw-kiosk",
                data.toString(),
                Integer.toString(KEEP_ALIVE_SECONDS))
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Thread drain =
        new Thread(
            () -> output.lines().forEach(line -> System.out.println("[kiosk] " + line)),
            "kiosk-output");
    drain.setDaemon(true);
    drain.start();
    return process;
  }

  private static void signal(String name, long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).as("kill -%s %s", name, pid).isZero();
  }
}
