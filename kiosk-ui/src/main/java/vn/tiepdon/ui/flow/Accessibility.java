package vn.tiepdon.ui.flow;

/**
 * The patient's display and sound choices for this session. They reset with the session, so the
 * next patient starts from the kiosk's defaults.
 */
public record Accessibility(boolean largeText, boolean highContrast, boolean muted) {
  public static Accessibility defaults() {
    return new Accessibility(false, false, false);
  }

  public Accessibility withLargeText(boolean on) {
    return new Accessibility(on, highContrast, muted);
  }

  public Accessibility withHighContrast(boolean on) {
    return new Accessibility(largeText, on, muted);
  }

  public Accessibility withMuted(boolean on) {
    return new Accessibility(largeText, highContrast, on);
  }
}
