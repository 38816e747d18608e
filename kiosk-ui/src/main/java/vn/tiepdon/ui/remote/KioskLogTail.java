package vn.tiepdon.ui.remote;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.command.LogTail;
import vn.tiepdon.ui.logging.CitizenIdMasking;

/**
 * The last lines of the kiosk's current log file for {@code SEND_LOGS}. It reads at most {@link
 * #MAX_READ_BYTES} from the end of the file (a 10 MB log is never loaded whole), and masks citizen
 * IDs again with the kiosk's own {@link CitizenIdMasking}: the file is written through the masking
 * layout, but a line that leaves the kiosk gets a second guard.
 */
public final class KioskLogTail implements LogTail {
  /** How much of the file's end is read: 500 lines of up to 500 characters fit. */
  public static final int MAX_READ_BYTES = 256 * 1024;

  /** The name of the file appender in {@code logback.xml}. */
  static final String FILE_APPENDER = "FILE";

  private final Path file;

  public KioskLogTail(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("the log file is required");
    }
    this.file = file;
  }

  /**
   * The file Logback writes now ({@code ${tiepdon.logs}/tiepdon.log} by {@code logback.xml}).
   *
   * @throws IllegalStateException if Logback is not the logging backend or has no file appender
   */
  public static KioskLogTail ofLogback() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      throw new IllegalStateException(
          "logging is not Logback ("
              + LoggerFactory.getILoggerFactory().getClass().getName()
              + "); cannot find the kiosk's log file");
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> named = root.getAppender(FILE_APPENDER);
    if (named instanceof FileAppender<ILoggingEvent> fileAppender
        && fileAppender.getFile() != null) {
      return new KioskLogTail(Path.of(fileAppender.getFile()));
    }
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      if (it.next() instanceof FileAppender<ILoggingEvent> any && any.getFile() != null) {
        return new KioskLogTail(Path.of(any.getFile()));
      }
    }
    throw new IllegalStateException("logback.xml has no file appender on the root logger");
  }

  public Path file() {
    return file;
  }

  /**
   * @throws NoSuchFileException naming the file when there is no log yet
   */
  @Override
  public List<String> lastLines(int max) throws IOException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    String text;
    boolean cutAtStart;
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      long start = Math.max(0, size - MAX_READ_BYTES);
      cutAtStart = start > 0;
      channel.position(start);
      ByteBuffer buffer = ByteBuffer.allocate((int) (size - start));
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read until the end seen at open; a line appended meanwhile is for the next request
      }
      buffer.flip();
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(buffer)
              .toString();
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (cutAtStart && !lines.isEmpty()) {
      lines.remove(0); // the read began inside this line
    }
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<String> last = lines.subList(Math.max(0, lines.size() - max), lines.size());
    return last.stream().map(CitizenIdMasking::mask).toList();
  }
}
