package vn.tiepdon.citizenid.face.opencv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.LivenessSensor;
import vn.tiepdon.citizenid.face.LivenessSignals;

/**
 * Liveness signals from the development models, with the preprocessing of the models README: 68
 * landmarks on the grey square face crop; p(closed) per eye on 24×24 grey crops around the lids;
 * head pose on the box × 1.5 (RGB, ImageNet normalisation); the passive score on the square box ×
 * 2.7 in BGR.
 */
final class OpenCvLivenessSensor implements LivenessSensor {
  private static final int[] RIGHT_EYE = {36, 37, 38, 39, 40, 41};
  private static final int[] LEFT_EYE = {42, 43, 44, 45, 46, 47};
  private static final List<String> POSE_OUTPUTS = List.of("output", "617", "618");

  private final YuNetDetector detector;
  private final Net landmarks;
  private final Net eye;
  private final Net pose;
  private final Net passive;

  OpenCvLivenessSensor(
      YuNetDetector detector, byte[] landmarks, byte[] eye, byte[] pose, byte[] passive) {
    this.detector = detector;
    this.landmarks = net(landmarks);
    this.eye = net(eye);
    this.pose = net(pose);
    this.passive = net(passive);
  }

  private static Net net(byte[] model) {
    MatOfByte bytes = new MatOfByte(model);
    try {
      return Dnn.readNetFromONNX(bytes);
    } finally {
      bytes.release();
    }
  }

  @Override
  public LivenessSignals read(Frame frame) {
    Mat bgr = Mats.bgr(frame);
    try {
      return read(bgr);
    } finally {
      Mats.wipe(bgr);
    }
  }

  LivenessSignals read(Mat bgr) {
    return read(bgr, detector.detect(bgr));
  }

  /** The signals of the largest of faces already detected in the frame. */
  LivenessSignals read(Mat bgr, List<Detection> faces) {
    if (faces.isEmpty()) {
      return LivenessSignals.noFace();
    }
    Detection face = faces.get(0);
    int count = QualityGates.similarFaces(faces);
    Mat grey = new Mat();
    try {
      Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
      double[][] points = landmarks(grey, face);
      double ear = (eyeAspectRatio(points, RIGHT_EYE) + eyeAspectRatio(points, LEFT_EYE)) / 2;
      double closed =
          (closedProbability(grey, points, RIGHT_EYE) + closedProbability(grey, points, LEFT_EYE))
              / 2;
      double[] angles = pose(bgr, face);
      double live = passiveScore(bgr, face);
      return new LivenessSignals(
          count,
          Optional.of(face.box()),
          closed,
          ear,
          angles[0],
          angles[1],
          angles[2],
          live,
          Optional.empty());
    } finally {
      Mats.wipe(grey);
    }
  }

  /** 68 (x, y) points in frame pixels. */
  double[][] landmarks(Mat grey, Detection face) {
    Rect square =
        Mats.squareInside(
            face.x() + face.width() / 2,
            face.y() + face.height() / 2,
            Math.max(face.width(), face.height()),
            grey.cols(),
            grey.rows());
    Mat crop = new Mat(grey, square);
    Mat blob = Dnn.blobFromImage(crop, 1 / 256.0, new Size(64, 64), new Scalar(0), false, false);
    Mat out = null;
    try {
      landmarks.setInput(blob);
      out = landmarks.forward();
      float[] values = Mats.floats(out);
      double[][] points = new double[68][2];
      for (int i = 0; i < 68; i++) {
        points[i][0] = square.x + values[2 * i] * square.width;
        points[i][1] = square.y + values[2 * i + 1] * square.height;
      }
      return points;
    } finally {
      Mats.wipe(blob, out);
      Mats.release(crop);
    }
  }

  static double eyeAspectRatio(double[][] p, int[] eye) {
    double vertical = distance(p[eye[1]], p[eye[5]]) + distance(p[eye[2]], p[eye[4]]);
    double horizontal = distance(p[eye[0]], p[eye[3]]);
    return horizontal == 0 ? 0 : vertical / (2 * horizontal);
  }

  private double closedProbability(Mat grey, double[][] p, int[] eyeIndex) {
    double cx = (p[eyeIndex[1]][0] + p[eyeIndex[2]][0] + p[eyeIndex[4]][0] + p[eyeIndex[5]][0]) / 4;
    double cy = (p[eyeIndex[1]][1] + p[eyeIndex[2]][1] + p[eyeIndex[4]][1] + p[eyeIndex[5]][1]) / 4;
    double side = 1.6 * distance(p[eyeIndex[0]], p[eyeIndex[3]]);
    Rect square = Mats.squareInside(cx, cy, Math.max(side, 4), grey.cols(), grey.rows());
    Mat crop = new Mat(grey, square);
    Mat blob = Dnn.blobFromImage(crop, 1 / 255.0, new Size(24, 24), new Scalar(0), false, false);
    Mat out = null;
    try {
      eye.setInput(blob);
      out = eye.forward();
      return Mats.softmax(Mats.floats(out))[0];
    } finally {
      Mats.wipe(blob, out);
      Mats.release(crop);
    }
  }

  /** Yaw, pitch, roll in degrees. */
  private double[] pose(Mat bgr, Detection face) {
    // The model was fed square boxes (the package's detector squares its box on the height).
    Rect rect =
        Mats.squareInside(
            face.x() + face.width() / 2,
            face.y() + face.height() / 2,
            face.height() * 1.5,
            bgr.cols(),
            bgr.rows());
    Mat crop = new Mat(bgr, rect);
    Mat resized = new Mat();
    Mat rgb = new Mat();
    Mat normalised = new Mat();
    Mat blob = null;
    List<Mat> outputs = new ArrayList<>();
    try {
      Imgproc.resize(crop, resized, new Size(224, 224));
      Imgproc.cvtColor(resized, rgb, Imgproc.COLOR_BGR2RGB);
      rgb.convertTo(normalised, CvType.CV_32FC3, 1 / 255.0);
      Core.subtract(normalised, new Scalar(0.485, 0.456, 0.406), normalised);
      Core.divide(normalised, new Scalar(0.229, 0.224, 0.225), normalised);
      blob = Dnn.blobFromImage(normalised, 1.0, new Size(224, 224), new Scalar(0), false, false);
      pose.setInput(blob);
      pose.forward(outputs, POSE_OUTPUTS);
      double[] angles = new double[3];
      for (int a = 0; a < 3; a++) {
        float[] p = Mats.softmax(Mats.floats(outputs.get(a)));
        double expected = 0;
        for (int i = 0; i < p.length; i++) {
          expected += p[i] * i;
        }
        angles[a] = expected * 3 - 99;
      }
      return angles;
    } finally {
      Mats.wipe(resized, rgb, normalised, blob);
      Mats.wipe(outputs.toArray(new Mat[0]));
      Mats.release(crop);
    }
  }

  /** p(live) of the passive model. */
  double passiveScore(Mat bgr, Detection face) {
    Rect square =
        Mats.squareInside(
            face.x() + face.width() / 2,
            face.y() + face.height() / 2,
            face.height() * 2.7,
            bgr.cols(),
            bgr.rows());
    Mat crop = new Mat(bgr, square);
    // BGR, raw 0–255: RGB input gives erratic scores (domain notes, face.md §4).
    Mat blob = Dnn.blobFromImage(crop, 1.0, new Size(128, 128), new Scalar(0, 0, 0), false, false);
    Mat out = null;
    try {
      passive.setInput(blob);
      out = passive.forward();
      return Mats.softmax(Mats.floats(out))[0];
    } finally {
      Mats.wipe(blob, out);
      Mats.release(crop);
    }
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
}
