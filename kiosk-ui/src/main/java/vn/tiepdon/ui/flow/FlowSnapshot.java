package vn.tiepdon.ui.flow;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * What the screen shows at one moment: the state, the language, the patient's display and sound
 * choices and, near the idle timeout, the seconds left before the session ends. {@code asleep}: the
 * attract screen is asleep (screen dark, camera off) until someone comes.
 */
public record FlowSnapshot(
    FlowState state,
    Locale locale,
    OptionalInt idleSecondsLeft,
    Accessibility accessibility,
    boolean asleep) {
  /** An awake screen. */
  public FlowSnapshot(
      FlowState state, Locale locale, OptionalInt idleSecondsLeft, Accessibility accessibility) {
    this(state, locale, idleSecondsLeft, accessibility, false);
  }
}
