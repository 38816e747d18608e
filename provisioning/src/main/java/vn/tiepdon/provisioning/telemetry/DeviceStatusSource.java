package vn.tiepdon.provisioning.telemetry;

import java.util.List;

/**
 * Where the health report gets the devices' states (scanner, chip reader, camera, printer paper,
 * GPIO). The composition root adapts the devices module to it, so provisioning does not depend on
 * devices. Called from the telemetry thread; must not block for long.
 */
@FunctionalInterface
public interface DeviceStatusSource {
  List<DeviceStatus> deviceStatuses();
}
