package vn.tiepdon.citizenid.face.opencv;

import org.opencv.core.Mat;
import vn.tiepdon.citizenid.face.EmbedderModel;

/** Turns a 112×112 aligned BGR face into an L2-normalised template. */
interface FaceEmbedder {
  EmbedderModel model();

  float[] embed(Mat aligned);

  static float[] normalised(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    double norm = Math.sqrt(sum);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] / norm);
      }
    }
    return v;
  }
}
