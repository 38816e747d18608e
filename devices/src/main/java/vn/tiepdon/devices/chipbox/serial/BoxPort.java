package vn.tiepdon.devices.chipbox.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.chipbox.BoxFrame;
import vn.tiepdon.devices.chipbox.BoxLink;
import vn.tiepdon.devices.chipbox.FrameDecoder;
import vn.tiepdon.devices.serial.JSerialCommLine;
import vn.tiepdon.devices.serial.PortLocator;

/**
 * The serial port of a chip box, read with jSerialComm on its own daemon thread: found by path or
 * USB id, reopened after an unplug, bytes decoded into frames (with resync after noise and after a
 * frame that stops arriving). Health here is about the port only: PORT_NOT_FOUND, UNPLUGGED, ...
 * The box adapter decides when an open port counts as UP (the box answered).
 */
final class BoxPort implements BoxLink {
  private static final Logger log = LoggerFactory.getLogger(BoxPort.class);
  private static final Duration READ_POLL = Duration.ofMillis(20);
  private static final int WRITE_TIMEOUT_MS = 2000;

  /** Told about the port from the reader thread. */
  interface Handler {
    void opened();

    void frame(BoxFrame frame);

    void skipped(FrameDecoder.Skipped why, int bytes);

    void lost();
  }

  private final ChipBoxConfig config;
  private final HealthTracker health;
  private final Handler handler;
  private final Object writing = new Object();
  private volatile boolean closed;
  private volatile SerialPort openPort;
  private Thread reader;

  BoxPort(ChipBoxConfig config, HealthTracker health, Handler handler) {
    this.config = Objects.requireNonNull(config, "config");
    this.health = Objects.requireNonNull(health, "health");
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  synchronized void start() {
    if (reader != null) {
      throw new IllegalStateException(config.id() + " is already started");
    }
    reader = new Thread(this::run, "chipbox-" + config.id().name());
    reader.setDaemon(true);
    reader.start();
  }

  boolean isOpen() {
    return openPort != null;
  }

  @Override
  public void send(BoxFrame frame) throws IOException {
    byte[] bytes = frame.encode();
    synchronized (writing) {
      SerialPort port = openPort;
      if (port == null) {
        throw new IOException("the port of " + config.id() + " is not open");
      }
      int done = 0;
      while (done < bytes.length) {
        int n = port.writeBytes(bytes, bytes.length - done, done);
        if (n <= 0) {
          throw new IOException(
              "write to " + port.getSystemPortPath() + " failed, error " + port.getLastErrorCode());
        }
        done += n;
      }
    }
  }

  private void run() {
    FrameDecoder decoder = new FrameDecoder(BoxFrame.MAX_PAYLOAD, sink());
    while (!closed) {
      SerialPort port = open();
      if (port != null) {
        read(port, decoder);
      } else if (!pause()) {
        return;
      }
    }
  }

  private SerialPort open() {
    PortLocator.Located located = PortLocator.locate(config.port());
    if (!located.found()) {
      if (located.reason() == HealthReason.PORT_AMBIGUOUS
          || health.current().reason() != HealthReason.UNPLUGGED) {
        health.down(located.reason(), located.detail());
      }
      return null;
    }
    SerialPort port;
    try {
      port = SerialPort.getCommPort(located.path());
    } catch (SerialPortInvalidPortException e) {
      health.down(HealthReason.PORT_NOT_FOUND, located.path() + " is not valid: " + e.getMessage());
      return null;
    }
    JSerialCommLine.configure(port, config.line(), READ_POLL);
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        (int) READ_POLL.toMillis(),
        WRITE_TIMEOUT_MS);
    if (!port.openPort()) {
      health.down(
          HealthReason.PORT_OPEN_FAILED,
          "cannot open " + located.path() + ", error " + port.getLastErrorCode());
      return null;
    }
    if (closed) {
      port.closePort();
      return null;
    }
    openPort = port;
    log.info("{} opened {} ({})", config.id(), port.getSystemPortPath(), config.port());
    handler.opened();
    return port;
  }

  private void read(SerialPort port, FrameDecoder decoder) {
    byte[] buffer = new byte[4096];
    long lastByte = System.nanoTime();
    decoder.reset();
    try {
      while (!closed) {
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0 || (n == 0 && !Files.exists(Path.of(port.getSystemPortPath())))) {
          if (!closed) {
            health.down(
                HealthReason.UNPLUGGED,
                port.getSystemPortPath() + " went away, error " + port.getLastErrorCode());
          }
          return;
        }
        long now = System.nanoTime();
        if (n > 0) {
          lastByte = now;
          decoder.accept(buffer, 0, n);
        } else if (decoder.hasPartial() && now - lastByte > config.interByteTimeout().toNanos()) {
          decoder.dropPartial();
        }
      }
    } finally {
      synchronized (writing) {
        openPort = null;
      }
      port.closePort();
      if (!closed) {
        handler.lost();
      }
    }
  }

  private FrameDecoder.Sink sink() {
    return new FrameDecoder.Sink() {
      @Override
      public void frame(BoxFrame frame) {
        handler.frame(frame);
      }

      @Override
      public void skipped(FrameDecoder.Skipped why, int bytes) {
        handler.skipped(why, bytes);
      }
    };
  }

  private boolean pause() {
    try {
      Thread.sleep(config.reconnectInterval().toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void close() {
    Thread toJoin;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toJoin = reader;
    }
    if (toJoin != null) {
      toJoin.interrupt();
      try {
        toJoin.join(config.reconnectInterval().plusSeconds(2).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
