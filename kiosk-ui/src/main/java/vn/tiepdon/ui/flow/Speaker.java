package vn.tiepdon.ui.flow;

import java.util.Locale;

/**
 * Reads prompts aloud for patients who cannot read the screen well. The flow names the prompt by
 * its text key; the adapter finds the words and the voice for the language.
 */
public interface Speaker {
  void say(String promptKey, Locale locale);

  /** Stops whatever is being said, e.g. when the patient mutes the kiosk or the session ends. */
  default void stop() {}

  static Speaker silent() {
    return (key, locale) -> {};
  }
}
