package vn.tiepdon.ui.fx;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Registers the bundled Be Vietnam Pro font (SIL OFL) with JavaFX and with Java2D, so that screens
 * and printed tickets render Vietnamese stacked diacritics (ặ, ỗ, ữ, Ở) whatever fonts the kiosk's
 * operating system has.
 */
public final class KioskFonts {
  public static final String FAMILY = "Be Vietnam Pro";
  private static final String[] FILES = {
    "BeVietnamPro-Regular.ttf", "BeVietnamPro-SemiBold.ttf", "BeVietnamPro-Bold.ttf"
  };
  private static boolean javaFxLoaded;
  private static boolean awtLoaded;

  private KioskFonts() {}

  /** Loads the fonts into JavaFX; call on any thread after the toolkit started. */
  public static synchronized void loadForJavaFx() {
    if (javaFxLoaded) {
      return;
    }
    for (String file : FILES) {
      try (InputStream in = open(file)) {
        if (Font.loadFont(in, 12) == null) {
          throw new IllegalStateException("JavaFX could not load font " + file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    javaFxLoaded = true;
  }

  /** Registers the fonts with Java2D, which renders the printed ticket. */
  public static synchronized void loadForJava2d() {
    if (awtLoaded) {
      return;
    }
    GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (String file : FILES) {
      try (InputStream in = open(file)) {
        graphics.registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("bundled font " + file + " is damaged", e);
      }
    }
    awtLoaded = true;
  }

  private static InputStream open(String file) {
    InputStream in = KioskFonts.class.getResourceAsStream("/vn/tiepdon/ui/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("bundled font missing from the build: " + file);
    }
    return in;
  }
}
