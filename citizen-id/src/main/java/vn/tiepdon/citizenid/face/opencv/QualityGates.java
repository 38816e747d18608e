package vn.tiepdon.citizenid.face.opencv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import vn.tiepdon.citizenid.face.FaceQuality;
import vn.tiepdon.citizenid.face.QualityHint;
import vn.tiepdon.citizenid.face.QualityThresholds;

/**
 * Measures a frame's largest face (size, pose from the five landmarks, sharpness, brightness) and
 * turns the measurements into patient hints.
 */
final class QualityGates {
  /** Another face at least this fraction of the largest one's width counts as a second person. */
  private static final double SECOND_FACE_FRACTION = 0.5;

  /** Sharpness is measured on the face scaled to this width, so that it does not grow with size. */
  private static final int SHARPNESS_WIDTH = 112;

  private final QualityThresholds thresholds;

  QualityGates(QualityThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** Faces of similar size to the largest (background faces far smaller do not count). */
  static int similarFaces(List<Detection> faces) {
    if (faces.isEmpty()) {
      return 0;
    }
    double largest = faces.get(0).width();
    return (int) faces.stream().filter(d -> d.width() >= SECOND_FACE_FRACTION * largest).count();
  }

  /** Full gates, for a live frame. */
  FaceQuality live(Mat bgr, List<Detection> faces) {
    return measure(bgr, faces, true);
  }

  /** Only "exactly one face", for the chip photo (the patient cannot retake it). */
  FaceQuality reference(Mat bgr, List<Detection> faces) {
    return measure(bgr, faces, false);
  }

  private FaceQuality measure(Mat bgr, List<Detection> faces, boolean gate) {
    if (faces.isEmpty()) {
      return FaceQuality.noFace();
    }
    Detection face = faces.get(0);
    int count = similarFaces(faces);
    double sharpness;
    double brightness;
    Rect rect = Mats.clip(face.x(), face.y(), face.width(), face.height(), bgr.cols(), bgr.rows());
    Mat crop = new Mat(bgr, rect);
    Mat grey = new Mat();
    Mat small = new Mat();
    Mat laplacian = new Mat();
    MatOfDouble mean = new MatOfDouble();
    MatOfDouble stddev = new MatOfDouble();
    try {
      Imgproc.cvtColor(crop, grey, Imgproc.COLOR_BGR2GRAY);
      brightness = Core.mean(grey).val[0];
      int h = Math.max(1, (int) Math.round((double) rect.height * SHARPNESS_WIDTH / rect.width));
      Imgproc.resize(grey, small, new Size(SHARPNESS_WIDTH, h), 0, 0, Imgproc.INTER_AREA);
      Imgproc.Laplacian(small, laplacian, CvType.CV_64F);
      Core.meanStdDev(laplacian, mean, stddev);
      double sd = stddev.toArray()[0];
      sharpness = sd * sd;
    } finally {
      Mats.wipe(grey, small, laplacian);
      Mats.release(crop, mean, stddev);
    }
    List<QualityHint> hints = new ArrayList<>();
    if (count > 1) {
      hints.add(QualityHint.ONE_FACE_ONLY);
    }
    if (gate) {
      gates(bgr, face, sharpness, brightness, hints);
    }
    return new FaceQuality(
        count,
        Optional.of(face.box()),
        face.width(),
        face.yaw(),
        face.rollDegrees(),
        sharpness,
        brightness,
        hints);
  }

  private void gates(
      Mat bgr, Detection face, double sharpness, double brightness, List<QualityHint> hints) {
    if (face.width() < thresholds.minFaceWidthPx()) {
      hints.add(QualityHint.MOVE_CLOSER);
    } else if (face.width() > thresholds.maxFaceWidthFraction() * bgr.cols()) {
      hints.add(QualityHint.MOVE_BACK);
    }
    double margin = 0.1 * face.width();
    if (face.x() < -margin
        || face.y() < -margin
        || face.x() + face.width() > bgr.cols() + margin
        || face.y() + face.height() > bgr.rows() + margin) {
      hints.add(QualityHint.CENTRE_FACE);
    }
    if (Math.abs(face.yaw()) > thresholds.maxYaw()
        || Math.abs(face.rollDegrees()) > thresholds.maxRollDegrees()) {
      hints.add(QualityHint.LOOK_STRAIGHT);
    }
    if (brightness < thresholds.minBrightness()) {
      hints.add(QualityHint.MORE_LIGHT);
    } else if (brightness > thresholds.maxBrightness()) {
      hints.add(QualityHint.LESS_LIGHT);
    }
    if (sharpness < thresholds.minSharpness()) {
      hints.add(QualityHint.HOLD_STILL);
    }
  }
}
