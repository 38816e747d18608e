package vn.tiepdon.ui.config;

/** The kiosk screen: its size in pixels and its density, for touch targets of at least 15 mm. */
public record UiSettings(Integer width, Integer height, Integer screenDpi, Boolean fullscreen) {
  public UiSettings {
    width = width == null ? 1080 : width;
    height = height == null ? 1920 : height;
    screenDpi = screenDpi == null ? 96 : screenDpi;
    fullscreen = fullscreen != null && fullscreen;
    Settings.requireBetween("width", width, 480, 7680);
    Settings.requireBetween("height", height, 480, 7680);
    Settings.requireBetween("screenDpi", screenDpi, 50, 600);
  }

  public static UiSettings defaults() {
    return new UiSettings(null, null, null, null);
  }

  public boolean portrait() {
    return height >= width;
  }
}
