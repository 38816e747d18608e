package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.text.Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The toolkit started in the background while the kiosk is built is the one the screens then run
 * on, with the kiosk's fonts; asking again neither starts a second one nor fails.
 */
class FxRuntimeTest {
  @AfterAll
  static void stopJavaFx() {
    FxRuntime.stop();
  }

  @Test
  void aBackgroundStartEndsWithTheToolkitRunningWithTheKioskFonts() {
    FxRuntime.startInBackground();
    FxRuntime.startInBackground();

    FxRuntime.start();
    FxRuntime.start();

    assertThat(FxRuntime.call(Platform::isFxApplicationThread)).isTrue();
    assertThat(Font.getFamilies()).contains(KioskFonts.FAMILY);
  }
}
