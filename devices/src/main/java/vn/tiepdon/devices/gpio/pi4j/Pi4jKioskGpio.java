package vn.tiepdon.devices.gpio.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.Mock;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.HealthListener;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.gpio.BeepPattern;
import vn.tiepdon.devices.gpio.EdgeDebouncer;
import vn.tiepdon.devices.gpio.GpioEvent;
import vn.tiepdon.devices.gpio.GpioLayout;
import vn.tiepdon.devices.gpio.GpioListener;
import vn.tiepdon.devices.gpio.GpioPin;
import vn.tiepdon.devices.gpio.KioskGpio;
import vn.tiepdon.devices.gpio.StatusLight;

/**
 * The kiosk's GPIO lines through Pi4J 2.x: on a Raspberry Pi with the providers Pi4J finds there
 * ({@link #onHardware}), or on Pi4J's mock platform, which is the GPIO simulator of the demo and
 * the tests ({@link #onMock}, driven by {@link MockGpioControls}). Inputs are debounced here as
 * well, because not every provider debounces.
 */
public final class Pi4jKioskGpio implements KioskGpio {
  private static final Logger log = LoggerFactory.getLogger(Pi4jKioskGpio.class);
  private static final Duration SELF_TEST_BLINK = Duration.ofMillis(150);

  private final DeviceId id;
  private final GpioLayout layout;
  private final Clock clock;
  private final Context context;
  private final boolean mock;
  private final HealthTracker health;
  private final List<GpioListener> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService buzzerThread;
  private DigitalInput presence;
  private DigitalInput staffCall;
  private DigitalOutput red;
  private DigitalOutput green;
  private DigitalOutput blue;
  private DigitalOutput buzzer;
  private EdgeDebouncer presenceEdges;
  private EdgeDebouncer staffCallEdges;
  private StatusLight light = StatusLight.OFF;
  private Future<?> playing;
  private boolean closed;

  private Pi4jKioskGpio(
      DeviceId id, GpioLayout layout, Clock clock, Context context, boolean mock) {
    this.id = Objects.requireNonNull(id, "id");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.context = context;
    this.mock = mock;
    this.health = new HealthTracker(id, clock);
    this.buzzerThread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "gpio-" + id.name() + "-buzzer");
              t.setDaemon(true);
              return t;
            });
  }

  /** On Pi4J's mock platform: the GPIO simulator. */
  public static Pi4jKioskGpio onMock(DeviceId id, GpioLayout layout, Clock clock) {
    Context context =
        Pi4J.newContextBuilder()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .build();
    return open(new Pi4jKioskGpio(id, layout, clock, context, true));
  }

  /**
   * On the board's real GPIO through the kernel's character device (Pi4J's gpiod plugin). The
   * providers are named rather than auto-detected: the mock plugin is on the class path too, and
   * auto-detection could pick it and leave a real kiosk with simulated pins. Check {@link
   * GpioBoard#missing()} first: on a machine without GPIO this health is DOWN.
   */
  public static Pi4jKioskGpio onHardware(DeviceId id, GpioLayout layout, Clock clock) {
    Context context;
    try {
      context =
          Pi4J.newContextBuilder()
              .noAutoDetect()
              .add(
                  GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance())
              .build();
    } catch (RuntimeException | LinkageError e) {
      Pi4jKioskGpio gpio = new Pi4jKioskGpio(id, layout, clock, null, false);
      gpio.health.down(HealthReason.PORT_OPEN_FAILED, "Pi4J did not start: " + e.getMessage());
      return gpio;
    }
    return open(new Pi4jKioskGpio(id, layout, clock, context, false));
  }

  private static Pi4jKioskGpio open(Pi4jKioskGpio gpio) {
    try {
      gpio.claimPins();
      gpio.health.up();
    } catch (RuntimeException | LinkageError e) {
      log.warn("{} could not claim its GPIO pins", gpio.id, e);
      gpio.health.down(HealthReason.PORT_OPEN_FAILED, "GPIO pins not available: " + e.getMessage());
    }
    return gpio;
  }

  private void claimPins() {
    presence = input("presence", "Presence sensor", layout.presence());
    staffCall = input("staff-call", "Staff-call button", layout.staffCall());
    red = output("light-red", "Status light red", layout.lightRed());
    green = output("light-green", "Status light green", layout.lightGreen());
    blue = output("light-blue", "Status light blue", layout.lightBlue());
    buzzer = output("buzzer", "Buzzer", layout.buzzer());
    if (mock) {
      // Mock pins start UNKNOWN; a real pin rests where its pull resistor holds it: inactive.
      ((MockDigitalInput) presence).mockState(level(layout.presence(), false));
      ((MockDigitalInput) staffCall).mockState(level(layout.staffCall(), false));
    }
    presenceEdges =
        new EdgeDebouncer(layout.debounce(), clock, active(presence, layout.presence()));
    staffCallEdges =
        new EdgeDebouncer(layout.debounce(), clock, active(staffCall, layout.staffCall()));
    presence.addListener(e -> edge(presenceEdges, layout.presence(), e.state(), true));
    staffCall.addListener(e -> edge(staffCallEdges, layout.staffCall(), e.state(), false));
  }

  private DigitalInput input(String name, String description, GpioPin pin) {
    var config =
        DigitalInput.newConfigBuilder(context)
            .id(id.name() + "-" + name)
            .name(description)
            .address(pin.bcm())
            // A contact to ground needs the pull-up; one to 3.3 V the pull-down.
            .pull(pin.activeLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
            .debounce(layout.debounce().toNanos() / 1000);
    if (mock) {
      config.provider(Mock.DIGITAL_INPUT_PROVIDER_ID);
    }
    return context.create(config);
  }

  private DigitalOutput output(String name, String description, GpioPin pin) {
    DigitalState off = level(pin, false);
    var config =
        DigitalOutput.newConfigBuilder(context)
            .id(id.name() + "-" + name)
            .name(description)
            .address(pin.bcm())
            .initial(off)
            .shutdown(off);
    if (mock) {
      config.provider(Mock.DIGITAL_OUTPUT_PROVIDER_ID);
    }
    return context.create(config);
  }

  private static DigitalState level(GpioPin pin, boolean active) {
    return pin.levelFor(active) ? DigitalState.HIGH : DigitalState.LOW;
  }

  /** An input whose level is not known yet counts as inactive. */
  private static boolean active(DigitalInput input, GpioPin pin) {
    DigitalState state = input.state();
    return state != DigitalState.UNKNOWN && pin.isActive(state == DigitalState.HIGH);
  }

  private void edge(EdgeDebouncer edges, GpioPin pin, DigitalState state, boolean isPresence) {
    if (state == DigitalState.UNKNOWN) {
      return;
    }
    for (boolean nowActive : edges.offer(pin.isActive(state == DigitalState.HIGH))) {
      GpioEvent.Kind kind;
      if (isPresence) {
        kind = nowActive ? GpioEvent.Kind.PRESENCE_DETECTED : GpioEvent.Kind.PRESENCE_LOST;
      } else if (nowActive) {
        kind = GpioEvent.Kind.STAFF_CALL;
      } else {
        continue; // a button's release is no event
      }
      publish(new GpioEvent(kind, clock.instant()));
    }
  }

  private void publish(GpioEvent event) {
    log.info("{} {}", id, event.kind());
    for (GpioListener listener : listeners) {
      try {
        listener.gpioEvent(event);
      } catch (RuntimeException e) {
        log.warn("GPIO listener failed for {}", event.kind(), e);
      }
    }
  }

  @Override
  public Subscription addListener(GpioListener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public boolean presence() {
    DigitalInput input = presence;
    return input != null && active(input, layout.presence());
  }

  @Override
  public synchronized void statusLight(StatusLight newLight) {
    Objects.requireNonNull(newLight, "light");
    light = newLight;
    show(newLight);
  }

  private void show(StatusLight shown) {
    if (red == null || closed) {
      return;
    }
    try {
      red.state(level(layout.lightRed(), shown.red()));
      green.state(level(layout.lightGreen(), shown.green()));
      blue.state(level(layout.lightBlue(), shown.blue()));
    } catch (RuntimeException e) {
      health.down(HealthReason.SELF_TEST_FAILED, "status light write failed: " + e.getMessage());
    }
  }

  @Override
  public synchronized StatusLight statusLight() {
    return light;
  }

  @Override
  public synchronized void beep(BeepPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (buzzer == null || closed) {
      return;
    }
    if (playing != null) {
      playing.cancel(true);
    }
    playing = buzzerThread.submit(() -> play(pattern));
  }

  private void play(BeepPattern pattern) {
    try {
      List<Duration> steps = pattern.steps();
      for (int i = 0; i < steps.size(); i++) {
        buzzer.state(level(layout.buzzer(), i % 2 == 0));
        Thread.sleep(steps.get(i).toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // a newer pattern takes over
    } catch (RuntimeException e) {
      health.down(HealthReason.SELF_TEST_FAILED, "buzzer write failed: " + e.getMessage());
    } finally {
      try {
        buzzer.state(level(layout.buzzer(), false));
      } catch (RuntimeException e) {
        log.warn("{} could not silence the buzzer", id, e);
      }
    }
  }

  /**
   * Shows red, green and blue in turn and reads each line back, then restores the light and beeps
   * once. Passes when every line took the level written.
   */
  @Override
  public SelfTestResult selfTest() {
    synchronized (this) {
      if (closed || red == null) {
        return SelfTestResult.of(health.current());
      }
      String wrong = "";
      for (StatusLight test : List.of(StatusLight.ERROR, StatusLight.IDLE, StatusLight.BUSY)) {
        show(test);
        wrong += readBack("red", red, layout.lightRed(), test.red());
        wrong += readBack("green", green, layout.lightGreen(), test.green());
        wrong += readBack("blue", blue, layout.lightBlue(), test.blue());
        pause();
      }
      show(light);
      if (wrong.isEmpty()) {
        health.up();
      } else {
        health.down(HealthReason.SELF_TEST_FAILED, "status light lines did not follow:" + wrong);
      }
    }
    beep(BeepPattern.SELF_TEST);
    return SelfTestResult.of(health.current());
  }

  private static String readBack(String name, DigitalOutput line, GpioPin pin, boolean active) {
    return line.state() == level(pin, active) ? "" : " " + name + " (BCM " + pin.bcm() + ")";
  }

  private static void pause() {
    try {
      Thread.sleep(SELF_TEST_BLINK.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The mock inputs and outputs, for the demo's control panel and tests; empty on hardware. */
  public java.util.Optional<MockGpioControls> mockControls() {
    if (!mock || presence == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new MockGpioControls(layout, presence, staffCall, red, green, blue, buzzer));
  }

  @Override
  public DeviceId id() {
    return id;
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  @Override
  public Subscription onHealthChange(HealthListener listener) {
    return health.addListener(listener);
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      show(StatusLight.OFF);
      closed = true;
    }
    buzzerThread.shutdownNow();
    if (context != null) {
      try {
        context.shutdown(); // outputs go to their shutdown (inactive) level
      } catch (RuntimeException e) {
        log.warn("{} Pi4J shutdown failed", id, e);
      }
    }
    health.down(HealthReason.CLOSED, "closed");
  }
}
