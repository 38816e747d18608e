package vn.tiepdon.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.tiepdon.devices.HealthReason;

/**
 * An open serial or USB-CDC port for request/answer devices such as the ticket printer: write whole
 * byte blocks, read single answer bytes with a deadline, notice an unplug. Not thread-safe; the
 * device adapter that owns it serialises its use.
 */
public final class SerialConnection implements AutoCloseable {
  /** Short enough to notice an unplug or a deadline soon, long enough not to spin. */
  private static final int POLL_MS = 20;

  private static final int WRITE_CHUNK = 4096;

  private final SerialPort port;
  private final String path;
  private final Duration writeTimeout;
  private final ExecutorService writer;
  private volatile boolean stalled;

  private SerialConnection(SerialPort port, Duration writeTimeout) {
    this.port = port;
    this.path = port.getSystemPortPath();
    this.writeTimeout = writeTimeout;
    this.writer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "serial-writer-" + path);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Finds the port (by path or USB id, as the scanner does) and opens it with {@code line}.
   *
   * @param writeTimeout how long one write may block, e.g. while a printer's buffer is full
   * @throws PortUnavailableException naming why (not found, ambiguous, cannot open)
   */
  public static SerialConnection open(PortSelector selector, SerialLine line, Duration writeTimeout)
      throws PortUnavailableException {
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(writeTimeout, "writeTimeout");
    String path = locate(selector);
    SerialPort port;
    try {
      port = SerialPort.getCommPort(path);
    } catch (SerialPortInvalidPortException e) {
      throw new PortUnavailableException(
          HealthReason.PORT_NOT_FOUND, "port " + path + " is not valid: " + e.getMessage());
    }
    JSerialCommLine.configure(port, line, Duration.ofMillis(POLL_MS));
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        POLL_MS,
        (int) Math.max(1, Math.min(Integer.MAX_VALUE, writeTimeout.toMillis())));
    if (!port.openPort()) {
      throw new PortUnavailableException(
          HealthReason.PORT_OPEN_FAILED,
          "cannot open " + path + ", error " + port.getLastErrorCode());
    }
    return new SerialConnection(port, writeTimeout);
  }

  private static String locate(PortSelector selector) throws PortUnavailableException {
    if (selector instanceof PortSelector.ByPath byPath) {
      if (!Files.exists(byPath.path())) {
        throw new PortUnavailableException(
            HealthReason.PORT_NOT_FOUND, byPath.path() + " does not exist");
      }
      return byPath.path().toString();
    }
    PortSelector.ByUsbId usb = (PortSelector.ByUsbId) selector;
    List<SerialPortInfo> matching = usb.matching(SerialPorts.list());
    if (matching.isEmpty()) {
      throw new PortUnavailableException(HealthReason.PORT_NOT_FOUND, "no port with " + usb);
    }
    if (matching.size() > 1) {
      throw new PortUnavailableException(
          HealthReason.PORT_AMBIGUOUS,
          matching.size() + " ports match " + usb + "; configure its serialNumber");
    }
    return matching.get(0).path();
  }

  /** The system path of the open port, e.g. {@code /dev/ttyACM0}. */
  public String path() {
    return path;
  }

  /** Whether the device node is still there (a vanished node means the device was unplugged). */
  public boolean present() {
    return Files.exists(Path.of(path));
  }

  /**
   * Writes all of {@code bytes}. Each block goes out on this connection's writer thread, because a
   * native write to a device that stopped reading can block for ever whatever timeout is set.
   *
   * @throws WriteStalledException when a block was not taken within the write timeout
   * @throws IOException when the port went away
   */
  public void write(byte[] bytes) throws IOException {
    if (stalled) {
      throw new WriteStalledException(path + " is still stuck in an earlier write");
    }
    int offset = 0;
    while (offset < bytes.length) {
      int length = Math.min(WRITE_CHUNK, bytes.length - offset);
      int from = offset;
      Future<Integer> block = writer.submit(() -> port.writeBytes(bytes, length, from));
      int written;
      try {
        written = block.get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        stalled = true;
        throw new WriteStalledException(
            path
                + " took no data for "
                + writeTimeout
                + " after "
                + offset
                + " of "
                + bytes.length
                + " bytes");
      } catch (ExecutionException e) {
        throw new IOException(path + " write failed: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while writing to " + path);
      }
      if (written < 0 || !present()) {
        throw new IOException(
            path
                + " went away after "
                + offset
                + " of "
                + bytes.length
                + " bytes, error "
                + port.getLastErrorCode());
      }
      if (written == 0) {
        stalled = true;
        throw new WriteStalledException(
            path
                + " took no data within "
                + writeTimeout
                + " after "
                + offset
                + " of "
                + bytes.length
                + " bytes");
      }
      offset += written;
    }
  }

  /** Drops bytes that arrived unasked (late answers to an earlier query), so answers line up. */
  public void discardInput() throws IOException {
    byte[] sink = new byte[256];
    int available;
    while ((available = port.bytesAvailable()) > 0) {
      if (port.readBytes(sink, Math.min(available, sink.length)) < 0) {
        throw gone();
      }
    }
    if (available < 0) {
      throw gone();
    }
  }

  /**
   * Reads one byte.
   *
   * @return the byte (0..255), or -1 when none arrived within {@code timeout}
   * @throws IOException when the port went away
   */
  public int readByte(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] one = new byte[1];
    do {
      int n = port.readBytes(one, 1);
      if (n < 0 || (n == 0 && !present())) {
        throw gone();
      }
      if (n == 1) {
        return one[0] & 0xFF;
      }
    } while (System.nanoTime() < deadline);
    return -1;
  }

  private IOException gone() {
    return new IOException(path + " went away, error " + port.getLastErrorCode());
  }

  /**
   * Closes the port. After a stalled write the close waits its turn on the writer thread (it
   * happens once the device lets go, e.g. is unplugged), so that the caller never blocks here.
   */
  @Override
  public void close() {
    if (stalled) {
      writer.execute(port::closePort);
      writer.shutdown();
      return;
    }
    writer.shutdownNow();
    port.closePort();
  }
}
