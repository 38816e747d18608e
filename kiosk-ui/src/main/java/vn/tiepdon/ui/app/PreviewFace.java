package vn.tiepdon.ui.app;

import java.util.Optional;
import vn.tiepdon.citizenid.face.FaceBox;

/**
 * Where the face is in a preview frame, as fractions of the frame's width and height (0 to 1), and
 * whether the patient still has something to fix. The screen scales it to the picture it shows, so
 * nothing here depends on pixels or on JavaFX.
 */
public record PreviewFace(double x, double y, double width, double height, Look look) {
  /** How the face box is drawn. */
  public enum Look {
    /** A face is seen but the hint asks the patient to change something. */
    ADJUST,
    /** A usable face. */
    GOOD
  }

  public PreviewFace {
    if (look == null) {
      throw new IllegalArgumentException("look is required");
    }
    if (!(x >= 0 && y >= 0 && width > 0 && height > 0)
        || x + width > 1 + 1e-9
        || y + height > 1 + 1e-9) {
      throw new IllegalArgumentException(
          "a preview face must lie within the frame (fractions 0..1), was x="
              + x
              + " y="
              + y
              + " width="
              + width
              + " height="
              + height);
    }
  }

  /**
   * The detector's box in a {@code frameWidth} × {@code frameHeight} frame, cut to the frame (a
   * face at the edge reaches past it); empty when nothing of it lies inside the frame.
   *
   * @throws IllegalArgumentException when the frame has no size
   */
  public static Optional<PreviewFace> of(FaceBox box, int frameWidth, int frameHeight, Look look) {
    if (frameWidth <= 0 || frameHeight <= 0) {
      throw new IllegalArgumentException(
          "frame size must be positive, was " + frameWidth + "x" + frameHeight);
    }
    double left = clamp(box.x() / frameWidth);
    double top = clamp(box.y() / frameHeight);
    double right = clamp((box.x() + box.width()) / frameWidth);
    double bottom = clamp((box.y() + box.height()) / frameHeight);
    if (right <= left || bottom <= top) {
      return Optional.empty();
    }
    return Optional.of(new PreviewFace(left, top, right - left, bottom - top, look));
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }
}
