package vn.tiepdon.ui.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.gpio.BeepPattern;
import vn.tiepdon.devices.gpio.GpioEvent;
import vn.tiepdon.devices.gpio.KioskGpio;
import vn.tiepdon.devices.gpio.StatusLight;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.FailureKind;
import vn.tiepdon.ui.flow.FlowSnapshot;
import vn.tiepdon.ui.flow.FlowState;

/**
 * The kiosk's GPIO and the check-in flow: the staff-call button calls staff (the flow sends the
 * MQTT event), the status light shows from across the hall whether the kiosk is free, busy, closed
 * or calling staff, and the buzzer marks a good card read, a ticket and a failure.
 */
final class GpioBridge implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GpioBridge.class);

  private final KioskGpio gpio;
  private final Subscription events;
  private Class<?> shown;

  GpioBridge(KioskGpio gpio, CheckInFlow flow) {
    this.gpio = gpio;
    this.events =
        gpio.addListener(
            event -> {
              if (event.kind() == GpioEvent.Kind.STAFF_CALL) {
                log.info("staff-call button pressed");
                flow.callStaff();
              }
            });
    flow.subscribe(this::show);
  }

  private synchronized void show(FlowSnapshot snapshot) {
    FlowState state = snapshot.state();
    try {
      gpio.statusLight(lightFor(state));
      if (!state.getClass().equals(shown)) {
        beepFor(state);
      }
    } catch (RuntimeException e) {
      log.warn("GPIO output failed: {}", e.toString());
    }
    shown = state.getClass();
  }

  static StatusLight lightFor(FlowState state) {
    if (state instanceof FlowState.Attract) {
      return StatusLight.IDLE;
    }
    if (state instanceof FlowState.OutOfService) {
      return StatusLight.ERROR;
    }
    if (state instanceof FlowState.StaffCalled) {
      return StatusLight.STAFF_CALLED;
    }
    return StatusLight.BUSY;
  }

  private void beepFor(FlowState state) {
    if (state instanceof FlowState.DeclarePriority || state instanceof FlowState.TicketShown) {
      gpio.beep(BeepPattern.OK);
    } else if (state instanceof FlowState.Failure failure) {
      gpio.beep(
          failure.kind().nextStep() == FailureKind.NextStep.CALL_STAFF
              ? BeepPattern.ERROR
              : BeepPattern.ATTENTION);
    } else if (state instanceof FlowState.StaffCalled) {
      gpio.beep(BeepPattern.ATTENTION);
    }
  }

  @Override
  public void close() {
    events.cancel();
  }
}
