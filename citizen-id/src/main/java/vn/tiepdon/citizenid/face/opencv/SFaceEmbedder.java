package vn.tiepdon.citizenid.face.opencv;

import org.opencv.core.Mat;
import org.opencv.objdetect.FaceRecognizerSF;
import vn.tiepdon.citizenid.face.EmbedderModel;

/** OpenCV Zoo SFace end to end through {@code FaceRecognizerSF.feature} (its own normalisation). */
final class SFaceEmbedder implements FaceEmbedder {
  private final FaceRecognizerSF recognizer;

  SFaceEmbedder(FaceRecognizerSF recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public EmbedderModel model() {
    return EmbedderModel.SFACE;
  }

  @Override
  public float[] embed(Mat aligned) {
    Mat feature = new Mat();
    try {
      // The feature lives in the recogniser's buffer: copy it out before the next call.
      recognizer.feature(aligned, feature);
      return FaceEmbedder.normalised(Mats.floats(feature));
    } finally {
      Mats.wipe(feature);
    }
  }
}
