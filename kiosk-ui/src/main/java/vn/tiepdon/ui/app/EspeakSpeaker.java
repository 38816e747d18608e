package vn.tiepdon.ui.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.ui.flow.Speaker;
import vn.tiepdon.ui.i18n.Texts;

/**
 * Spoken prompts through espeak-ng (Vietnamese voice {@code vi}, English {@code en}). A kiosk
 * without espeak-ng stays silent: the first failed start is logged once and no more are tried. A
 * new prompt cuts off the one still being read.
 */
public final class EspeakSpeaker implements Speaker, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EspeakSpeaker.class);

  private final String command;
  private final List<String> extraArguments;
  private final ExecutorService voice =
      Executors.newSingleThreadExecutor(DaemonThreads.named("espeak"));
  private Process speaking;
  private boolean unavailable;

  /**
   * @param command the espeak-ng executable (name on PATH or a path)
   * @param extraArguments e.g. {@code --stdout} to write the WAV to standard output instead of
   *     playing it (tests, headless kiosks)
   */
  public EspeakSpeaker(String command, List<String> extraArguments) {
    this.command = command;
    this.extraArguments = List.copyOf(extraArguments);
  }

  /** Whether {@code command} can be started here (e.g. {@code espeak-ng --version} works). */
  public static boolean installed(String command) {
    try {
      Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void say(String promptKey, Locale locale) {
    String text = Texts.of(locale).get(promptKey).replaceAll("\\{\\d+}", "");
    String voiceName = "en".equals(locale.getLanguage()) ? "en" : "vi";
    stop();
    voice.execute(() -> speakNow(text, voiceName, ProcessBuilder.Redirect.DISCARD));
  }

  /**
   * Reads {@code text} aloud now, on the caller's thread; returns the process's exit status, or -1
   * when espeak-ng could not be started.
   */
  int speakNow(String text, String voiceName, ProcessBuilder.Redirect output) {
    synchronized (this) {
      if (unavailable) {
        return -1;
      }
    }
    List<String> argv = new ArrayList<>();
    argv.add(command);
    argv.add("-v");
    argv.add(voiceName);
    argv.addAll(extraArguments);
    argv.add(text);
    Process process;
    try {
      process =
          new ProcessBuilder(argv)
              .redirectOutput(output)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      synchronized (this) {
        if (!unavailable) {
          log.info("spoken prompts are off: {} cannot be started ({})", command, e.getMessage());
        }
        unavailable = true;
      }
      return -1;
    }
    synchronized (this) {
      speaking = process;
    }
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      return -1;
    } finally {
      synchronized (this) {
        speaking = null;
      }
    }
  }

  @Override
  public synchronized void stop() {
    if (speaking != null) {
      speaking.destroy();
    }
  }

  @Override
  public void close() {
    stop();
    voice.shutdownNow();
  }
}
