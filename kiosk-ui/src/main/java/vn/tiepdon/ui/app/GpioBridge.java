package vn.tiepdon.ui.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.gpio.BeepPattern;
import vn.tiepdon.devices.gpio.KioskGpio;
import vn.tiepdon.devices.gpio.StatusLight;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.FailureKind;
import vn.tiepdon.ui.flow.FlowSnapshot;
import vn.tiepdon.ui.flow.FlowState;

/**
 * The kiosk's GPIO and the check-in flow: the staff-call button calls staff (the flow sends the
 * MQTT event), the presence sensor wakes the sleeping attract screen (and keeps it awake while
 * someone stands there), the status light shows from across the hall whether the kiosk is free,
 * busy, closed or calling staff, and the buzzer marks a good QR scan, a good chip read, the patient
 * identified, a ticket and a failure.
 */
final class GpioBridge implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GpioBridge.class);

  private final KioskGpio gpio;
  private final Subscription events;
  private FlowState shown;

  GpioBridge(KioskGpio gpio, CheckInFlow flow) {
    this.gpio = gpio;
    this.events =
        gpio.addListener(
            event -> {
              switch (event.kind()) {
                case STAFF_CALL -> {
                  log.info("staff-call button pressed");
                  flow.callStaff();
                }
                case PRESENCE_DETECTED -> flow.presence(true);
                case PRESENCE_LOST -> flow.presence(false);
              }
            });
    flow.presence(gpio.presence()); // someone may stand there already at start
    flow.subscribe(this::show);
  }

  private synchronized void show(FlowSnapshot snapshot) {
    FlowState state = snapshot.state();
    try {
      gpio.statusLight(lightFor(state));
      if (shown == null || !state.getClass().equals(shown.getClass())) {
        beepFor(shown, state);
      }
    } catch (RuntimeException e) {
      log.warn("GPIO output failed: {}", e.toString());
    }
    shown = state;
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

  private void beepFor(FlowState before, FlowState state) {
    if (goodScan(before, state)) {
      gpio.beep(BeepPattern.OK);
    } else if (state instanceof FlowState.DeclarePriority
        || state instanceof FlowState.TicketShown) {
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

  /**
   * The QR code was accepted (the chip or the face step comes next) or the chip was read and
   * verified (the face step comes next): the patient hears that the card did its part.
   */
  static boolean goodScan(FlowState before, FlowState state) {
    boolean qrAsked =
        before instanceof FlowState.ScanQr
            || before instanceof FlowState.Failure f
                && (f.kind() == FailureKind.QR_UNREADABLE || f.kind() == FailureKind.NOT_A_CCCD_QR);
    boolean chipRead = before instanceof FlowState.ReadChip;
    return qrAsked && state instanceof FlowState.ReadChip
        || chipRead && state instanceof FlowState.VerifyFace;
  }

  @Override
  public void close() {
    events.cancel();
  }
}
