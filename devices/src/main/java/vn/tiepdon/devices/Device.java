package vn.tiepdon.devices;

/** What every device offers, whatever its capability: identity, health and a self-test. */
public interface Device extends AutoCloseable {
  DeviceId id();

  DeviceHealth health();

  Subscription onHealthChange(HealthListener listener);

  /** Checks the device now (port present, status readable, frames arriving) and reports. */
  SelfTestResult selfTest();

  /** Releases the device; its health becomes DOWN with reason CLOSED. Idempotent. */
  @Override
  void close();
}
