package vn.tiepdon.ui.config;

/**
 * The kiosk screen: its size in pixels and its density, for touch targets of at least 15 mm; and
 * the spoken prompts (espeak-ng, when installed).
 */
public record UiSettings(
    Integer width,
    Integer height,
    Integer screenDpi,
    Boolean fullscreen,
    Boolean audioPrompts,
    String speechCommand) {
  /** UX.md: a touch target is at least 15 mm on the panel. */
  public static final double MIN_TOUCH_MM = 15;

  public UiSettings {
    width = width == null ? 1080 : width;
    height = height == null ? 1920 : height;
    screenDpi = screenDpi == null ? 96 : screenDpi;
    fullscreen = fullscreen != null && fullscreen;
    audioPrompts = audioPrompts == null || audioPrompts;
    speechCommand =
        speechCommand == null || speechCommand.isBlank() ? "espeak-ng" : speechCommand.strip();
    Settings.requireBetween("width", width, 480, 7680);
    Settings.requireBetween("height", height, 480, 7680);
    Settings.requireBetween("screenDpi", screenDpi, 50, 600);
  }

  public static UiSettings defaults() {
    return new UiSettings(null, null, null, null, null, null);
  }

  /** The same screen turned to the other orientation (the screenshot run renders both). */
  public UiSettings turned() {
    return new UiSettings(height, width, screenDpi, fullscreen, audioPrompts, speechCommand);
  }

  /** The smallest touch target side in pixels at this panel's density: 15 mm. */
  public double minTouchPixels() {
    return Math.ceil(MIN_TOUCH_MM / 25.4 * screenDpi);
  }

  public boolean portrait() {
    return height >= width;
  }
}
