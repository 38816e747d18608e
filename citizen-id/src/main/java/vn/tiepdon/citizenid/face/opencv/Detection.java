package vn.tiepdon.citizenid.face.opencv;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import vn.tiepdon.citizenid.face.FaceBox;

/**
 * One YuNet face in full-frame pixels: box, five landmarks (right eye, left eye, nose tip, right
 * and left mouth corner, as seen in the image) and score — the 15 values {@code alignCrop} takes.
 */
record Detection(float[] row) {
  Detection {
    if (row.length != 15) {
      throw new IllegalArgumentException("a YuNet row has 15 values, got " + row.length);
    }
  }

  double x() {
    return row[0];
  }

  double y() {
    return row[1];
  }

  double width() {
    return row[2];
  }

  double height() {
    return row[3];
  }

  double score() {
    return row[14];
  }

  double pointX(int i) {
    return row[4 + 2 * i];
  }

  double pointY(int i) {
    return row[5 + 2 * i];
  }

  FaceBox box() {
    return new FaceBox(x(), y(), width(), height(), score());
  }

  /** Head turn from the five points: nose offset from the eye midpoint over the eye distance. */
  double yaw() {
    double midX = (pointX(0) + pointX(1)) / 2;
    double eyes = Math.hypot(pointX(1) - pointX(0), pointY(1) - pointY(0));
    return eyes == 0 ? 0 : (pointX(2) - midX) / eyes;
  }

  /** Tilt of the eye line in degrees. */
  double rollDegrees() {
    return Math.toDegrees(Math.atan2(pointY(1) - pointY(0), pointX(1) - pointX(0)));
  }

  /** The row as a 1×15 CV_32F Mat for {@code alignCrop}; the caller releases it. */
  Mat toMat() {
    Mat mat = new Mat(1, 15, CvType.CV_32F);
    mat.put(0, 0, row);
    return mat;
  }
}
