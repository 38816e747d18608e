package vn.tiepdon.ui.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.camera.Camera;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.FlowSnapshot;

/**
 * The camera follows the attract screen's sleep: while the kiosk sleeps it captures nothing (no one
 * is filmed who did not come to check in, and the camera rests); when someone comes it starts
 * again, well ahead of the face step, so that the first frames are there when the face is asked
 * for.
 */
final class CameraStandby {
  private static final Logger log = LoggerFactory.getLogger(CameraStandby.class);

  private final Camera camera;

  CameraStandby(Camera camera, CheckInFlow flow) {
    this.camera = camera;
    flow.subscribe(this::follow);
  }

  private synchronized void follow(FlowSnapshot snapshot) {
    if (snapshot.asleep() == camera.inStandby()) {
      return;
    }
    try {
      if (snapshot.asleep()) {
        log.info("camera in standby while the kiosk sleeps");
        camera.standby();
      } else {
        log.info("camera resumed: the kiosk is awake");
        camera.resume();
      }
    } catch (RuntimeException e) {
      log.warn("camera standby change failed: {}", e.toString());
    }
  }
}
