package vn.tiepdon.citizenid.face;

/**
 * Where a face is in a frame, in the frame's pixels (for the preview box), with the detector's
 * confidence.
 */
public record FaceBox(double x, double y, double width, double height, double score) {
  public FaceBox {
    if (!(width > 0 && height > 0)) {
      throw new IllegalArgumentException(
          "face box needs a positive size, was " + width + "x" + height);
    }
  }

  public double centreX() {
    return x + width / 2;
  }

  public double centreY() {
    return y + height / 2;
  }
}
