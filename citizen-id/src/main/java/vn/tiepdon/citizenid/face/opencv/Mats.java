package vn.tiepdon.citizenid.face.opencv;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Rect;
import vn.tiepdon.citizenid.face.Frame;

/** Conversions between the pipeline's frames and OpenCV, and native memory hygiene. */
final class Mats {
  private Mats() {}

  /** A new BGR Mat holding a copy of the frame's pixels; the caller releases it. */
  static Mat bgr(Frame frame) {
    Mat mat = new Mat(frame.height(), frame.width(), CvType.CV_8UC3);
    mat.put(0, 0, frame.bgr());
    return mat;
  }

  /** Zeroes a Mat's pixels (it may hold a face) and frees its native memory. */
  static void wipe(Mat... mats) {
    for (Mat mat : mats) {
      if (mat != null && !mat.empty()) {
        // setTo returns a second header on the same pixels: release it too, or the pixels stay
        // referenced until the garbage collector finalizes it (a native leak between GCs).
        mat.setTo(new org.opencv.core.Scalar(0, 0, 0, 0)).release();
      }
      release(mat);
    }
  }

  static void release(Mat... mats) {
    for (Mat mat : mats) {
      if (mat != null) {
        mat.release();
      }
    }
  }

  static MatOfByte bytes(byte[] data) {
    return new MatOfByte(data);
  }

  /**
   * The part of a square of side {@code side} centred at (cx, cy) that fits the image, shifted
   * inside it where possible (shrunk only when the image is smaller than the square).
   */
  static Rect squareInside(double cx, double cy, double side, int width, int height) {
    int s = (int) Math.round(Math.min(side, Math.min(width, height)));
    s = Math.max(s, 1);
    int x = (int) Math.round(cx - s / 2.0);
    int y = (int) Math.round(cy - s / 2.0);
    x = Math.max(0, Math.min(x, width - s));
    y = Math.max(0, Math.min(y, height - s));
    return new Rect(x, y, s, s);
  }

  /** A rectangle clipped to the image; at least 1×1. */
  static Rect clip(double x, double y, double w, double h, int width, int height) {
    int x0 = (int) Math.max(0, Math.floor(x));
    int y0 = (int) Math.max(0, Math.floor(y));
    int x1 = (int) Math.min(width, Math.ceil(x + w));
    int y1 = (int) Math.min(height, Math.ceil(y + h));
    x0 = Math.min(x0, width - 1);
    y0 = Math.min(y0, height - 1);
    return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  }

  static float[] softmax(float[] logits) {
    float max = Float.NEGATIVE_INFINITY;
    for (float v : logits) {
      max = Math.max(max, v);
    }
    double sum = 0;
    float[] out = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = (float) Math.exp(logits[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= (float) sum;
    }
    return out;
  }

  /** Reads a 1×N float output. */
  static float[] floats(Mat output) {
    Mat flat = output.reshape(1, 1);
    try {
      float[] values = new float[(int) flat.total()];
      flat.get(0, 0, values);
      return values;
    } finally {
      flat.release();
    }
  }
}
