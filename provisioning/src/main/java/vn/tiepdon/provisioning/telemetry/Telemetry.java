package vn.tiepdon.provisioning.telemetry;

/**
 * The kiosk's telemetry: it announces the kiosk as online, reports health periodically and delivers
 * events. Events are stored before this returns and delivered in order once the broker is
 * reachable, so callers never wait for the network.
 */
public interface Telemetry extends AutoCloseable {

  /** Connects (retrying in the background) and starts the periodic health report. */
  void start();

  /** Records an event for delivery; returns after it is stored durably. */
  void event(KioskEvent event);

  /** Announces a clean shutdown, stops reporting and releases the connection. */
  @Override
  void close();
}
