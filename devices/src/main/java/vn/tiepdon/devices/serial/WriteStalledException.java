package vn.tiepdon.devices.serial;

import java.io.IOException;

/** The device stopped taking data: a write made no progress within the write timeout. */
public final class WriteStalledException extends IOException {
  public WriteStalledException(String message) {
    super(message);
  }
}
