package vn.tiepdon.citizenid.face.opencv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceDetectorYN;

/**
 * YuNet through {@code FaceDetectorYN}. Frames whose longer side exceeds {@code maxSide} are scaled
 * down before detection (YuNet sees faces of about 10–300 px, and time grows with pixels); boxes
 * and landmarks are scaled back to the frame.
 */
final class YuNetDetector {
  private static final float SCORE_THRESHOLD = 0.8f;
  private static final float NMS_THRESHOLD = 0.3f;
  private static final int TOP_K = 50;

  private final FaceDetectorYN detector;
  private final int maxSide;
  private Size inputSize = new Size(320, 320);

  YuNetDetector(byte[] model, int maxSide) {
    MatOfByte bytes = new MatOfByte(model);
    try {
      this.detector =
          FaceDetectorYN.create(
              "onnx", bytes, new MatOfByte(), inputSize, SCORE_THRESHOLD, NMS_THRESHOLD, TOP_K);
    } finally {
      bytes.release();
    }
    this.maxSide = maxSide;
  }

  /** Faces in the frame, largest first. */
  List<Detection> detect(Mat bgr) {
    double scale = Math.min(1.0, (double) maxSide / Math.max(bgr.cols(), bgr.rows()));
    Mat input = bgr;
    Mat faces = new Mat();
    try {
      if (scale < 1.0) {
        input = new Mat();
        Imgproc.resize(
            bgr,
            input,
            new Size(Math.round(bgr.cols() * scale), Math.round(bgr.rows() * scale)),
            0,
            0,
            Imgproc.INTER_AREA);
      }
      Size size = input.size();
      if (size.width != inputSize.width || size.height != inputSize.height) {
        detector.setInputSize(size);
        inputSize = size;
      }
      detector.detect(input, faces);
      List<Detection> found = new ArrayList<>(faces.rows());
      for (int r = 0; r < faces.rows(); r++) {
        float[] row = new float[15];
        faces.get(r, 0, row);
        for (int i = 0; i < 14; i++) {
          row[i] = (float) (row[i] / scale);
        }
        found.add(new Detection(row));
      }
      found.sort(Comparator.comparingDouble((Detection d) -> d.width() * d.height()).reversed());
      return found;
    } finally {
      if (input != bgr) {
        Mats.wipe(input);
      }
      Mats.release(faces);
    }
  }
}
