package vn.tiepdon.devices.gpio.pi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.MutableClock;
import vn.tiepdon.devices.gpio.BeepPattern;
import vn.tiepdon.devices.gpio.GpioEvent;
import vn.tiepdon.devices.gpio.GpioLayout;
import vn.tiepdon.devices.gpio.GpioPin;
import vn.tiepdon.devices.gpio.StatusLight;

/** The Pi4J adapter on Pi4J's mock platform: pins driven and read at their electrical level. */
class Pi4jKioskGpioTest {
  private static final DeviceId ID = DeviceId.of(DeviceKind.GPIO, "main");
  private final MutableClock clock = MutableClock.at("2026-12-01T07:00:00Z");
  private final List<GpioEvent> events = new CopyOnWriteArrayList<>();
  private Pi4jKioskGpio gpio;
  private MockGpioControls pins;

  private void open(GpioLayout layout) {
    gpio = Pi4jKioskGpio.onMock(ID, layout, clock);
    gpio.addListener(events::add);
    pins = gpio.mockControls().orElseThrow();
  }

  @AfterEach
  void close() {
    if (gpio != null) {
      gpio.close();
    }
  }

  private void after(long millis) {
    clock.advance(Duration.ofMillis(millis));
  }

  private List<GpioEvent.Kind> kinds() {
    return events.stream().map(GpioEvent::kind).toList();
  }

  @Test
  void startsUpWithTheLightOff() {
    open(GpioLayout.standard());

    assertThat(gpio.health().state()).isEqualTo(HealthState.UP);
    assertThat(pins.lightShown()).contains(StatusLight.OFF);
    assertThat(pins.buzzerOn()).isFalse();
    assertThat(gpio.presence()).isFalse();
  }

  @Test
  void someoneWalkingUpWakesTheKioskAndLeavingIsReported() {
    open(GpioLayout.standard());

    after(1000);
    pins.personArrives();
    Instant arrived = clock.instant();
    after(5000);
    pins.personLeaves();

    assertThat(kinds())
        .containsExactly(GpioEvent.Kind.PRESENCE_DETECTED, GpioEvent.Kind.PRESENCE_LOST);
    assertThat(events.get(0).at()).isEqualTo(arrived);
    assertThat(gpio.presence()).isFalse();
  }

  @Test
  void aFlickeringSensorWithinTheDebounceIsOneWake() {
    open(GpioLayout.standard());

    after(1000);
    pins.personArrives();
    after(5);
    pins.personLeaves();
    after(5);
    pins.personArrives();

    assertThat(kinds()).containsExactly(GpioEvent.Kind.PRESENCE_DETECTED);
    assertThat(gpio.presence()).isTrue();
  }

  @Test
  void theStaffButtonPulledToGroundCallsStaffOncePerPress() {
    open(GpioLayout.standard());

    after(1000);
    pins.pressStaffCall();
    assertThat(pins.staffCallPinLevel()).isEqualTo(DigitalState.LOW); // active low: to ground
    after(2);
    pins.releaseStaffCall(); // contact bounce
    after(2);
    pins.pressStaffCall();
    after(300);
    pins.releaseStaffCall();
    after(1000);
    pins.pressStaffCall();

    assertThat(kinds()).containsExactly(GpioEvent.Kind.STAFF_CALL, GpioEvent.Kind.STAFF_CALL);
  }

  @Test
  void aQuickTapDoesNotSwallowTheNextPress() {
    open(GpioLayout.standard());

    after(1000);
    pins.pressStaffCall();
    after(20);
    pins.releaseStaffCall(); // shorter than the 50 ms debounce
    after(3000);
    pins.pressStaffCall();

    assertThat(kinds()).containsExactly(GpioEvent.Kind.STAFF_CALL, GpioEvent.Kind.STAFF_CALL);
  }

  @Test
  void eachStatusLightSetsItsColourLines() {
    open(GpioLayout.standard());

    for (StatusLight light : StatusLight.values()) {
      gpio.statusLight(light);

      assertThat(pins.lightShown()).contains(light);
      assertThat(gpio.statusLight()).isEqualTo(light);
    }
  }

  @Test
  void anActiveLowLightIsOnAtZeroVolts() {
    GpioLayout standard = GpioLayout.standard();
    open(
        new GpioLayout(
            standard.presence(),
            standard.staffCall(),
            new GpioPin(22, true),
            new GpioPin(23, true),
            new GpioPin(24, true),
            standard.buzzer(),
            standard.debounce()));

    assertThat(pins.redPinLevel()).isEqualTo(DigitalState.HIGH); // off
    gpio.statusLight(StatusLight.ERROR);

    assertThat(pins.redPinLevel()).isEqualTo(DigitalState.LOW);
    assertThat(pins.lightShown()).contains(StatusLight.ERROR);
  }

  @Test
  void aBeepPatternPlaysItsBeepsAndEndsSilent() {
    open(GpioLayout.standard());
    List<DigitalState> buzzer = new CopyOnWriteArrayList<>();
    pins.buzzerLine().addListener(e -> buzzer.add(e.state()));

    gpio.beep(BeepPattern.ATTENTION);

    await().atMost(Duration.ofSeconds(5)).until(() -> buzzer.size() >= 4 && !pins.buzzerOn());
    assertThat(buzzer)
        .containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
    assertThat(BeepPattern.ATTENTION.beeps()).isEqualTo(2);
  }

  @Test
  void selfTestBlinksEachColourRestoresTheLightAndBeeps() {
    open(GpioLayout.standard());
    gpio.statusLight(StatusLight.IDLE);
    List<String> seen = new CopyOnWriteArrayList<>();
    pins.buzzerLine().addListener(e -> seen.add("buzzer " + e.state()));

    assertThat(gpio.selfTest().passed()).isTrue();

    assertThat(pins.lightShown()).contains(StatusLight.IDLE);
    assertThat(gpio.health().state()).isEqualTo(HealthState.UP);
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() >= 2);
    assertThat(seen).containsExactly("buzzer HIGH", "buzzer LOW");
  }

  @Test
  void closingTurnsEverythingOffAndIsClosed() {
    open(GpioLayout.standard());
    gpio.statusLight(StatusLight.BUSY);

    gpio.close();

    assertThat(gpio.health().reason()).isEqualTo(HealthReason.CLOSED);
    assertThat(pins.lightShown()).contains(StatusLight.OFF);
    gpio.statusLight(StatusLight.ERROR); // ignored once closed
    gpio.beep(BeepPattern.ERROR);
    assertThat(pins.lightShown()).contains(StatusLight.OFF);
  }
}
