package vn.tiepdon.provisioning.command;

/**
 * A PNG of what the kiosk screen shows now (implemented by kiosk-ui with JavaFX snapshots). While a
 * patient's session is on screen the kiosk must not capture it (personal data): it throws, or
 * captures with the patient's data hidden.
 */
@FunctionalInterface
public interface ScreenCapture {
  byte[] png() throws Exception;
}
