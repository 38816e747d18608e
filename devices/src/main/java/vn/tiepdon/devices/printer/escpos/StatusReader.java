package vn.tiepdon.devices.printer.escpos;

import java.io.IOException;
import java.time.Duration;
import vn.tiepdon.devices.serial.SerialConnection;

/**
 * Sends the status requests and waits for their answers. escpos-coffee only writes, so this part is
 * ours (docs/decisions/0006-escpos-status.md).
 */
final class StatusReader {
  private final Duration timeout;

  StatusReader(Duration timeout) {
    this.timeout = timeout;
  }

  /** DLE EOT 1, 2 and 4, one after the other. */
  RealTimeStatus read(SerialConnection connection) throws IOException, NoAnswerException {
    connection.discardInput();
    int printer = ask(connection, RealTimeStatus.PRINTER, "DLE EOT 1");
    int offlineCause = ask(connection, RealTimeStatus.OFFLINE_CAUSE, "DLE EOT 2");
    int paper = ask(connection, RealTimeStatus.PAPER_SENSOR, "DLE EOT 4");
    try {
      return new RealTimeStatus(printer, offlineCause, paper);
    } catch (IllegalArgumentException e) {
      throw new NoAnswerException(e.getMessage());
    }
  }

  private int ask(SerialConnection connection, byte[] request, String name)
      throws IOException, NoAnswerException {
    connection.write(request);
    int answer = connection.readByte(timeout);
    if (answer < 0) {
      throw new NoAnswerException("not responding: no answer to " + name + " within " + timeout);
    }
    return answer;
  }

  /**
   * Sends GS r 1 behind a job and waits until the printer answers it, i.e. has printed the job.
   * Stray DLE EOT answers (bit 4 set) are skipped.
   *
   * @return whether the answer came within {@code printTimeout}
   */
  boolean awaitJobPrinted(SerialConnection connection, Duration printTimeout) throws IOException {
    connection.discardInput();
    connection.write(RealTimeStatus.PAPER_AFTER_JOB);
    long deadline = System.nanoTime() + printTimeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      int answer = connection.readByte(Duration.ofNanos(left));
      if (answer < 0) {
        return false;
      }
      if (RealTimeStatus.isPaperAfterJobByte(answer)) {
        return true;
      }
    }
  }
}
