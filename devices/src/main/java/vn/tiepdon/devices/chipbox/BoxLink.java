package vn.tiepdon.devices.chipbox;

import java.io.IOException;

/** The way frames go to a box: a serial port in production, anything else in tests. */
@FunctionalInterface
public interface BoxLink {
  void send(BoxFrame frame) throws IOException;
}
