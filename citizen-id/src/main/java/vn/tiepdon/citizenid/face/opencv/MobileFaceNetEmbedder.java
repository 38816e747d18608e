package vn.tiepdon.citizenid.face.opencv;

import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import vn.tiepdon.citizenid.face.EmbedderModel;

/**
 * The 512-d MobileFaceNet ({@code fr_feature.onnx}) through OpenCV DNN with its own preprocessing:
 * RGB, (p − 127) / 128. {@code FaceRecognizerSF.feature} would feed raw 0–255 pixels and make every
 * pair look alike (domain notes, face.md §2.1 D).
 */
final class MobileFaceNetEmbedder implements FaceEmbedder {
  private final Net net;

  MobileFaceNetEmbedder(byte[] model) {
    MatOfByte bytes = new MatOfByte(model);
    try {
      this.net = Dnn.readNetFromONNX(bytes);
    } finally {
      bytes.release();
    }
  }

  @Override
  public EmbedderModel model() {
    return EmbedderModel.MOBILEFACENET;
  }

  @Override
  public float[] embed(Mat aligned) {
    Mat blob =
        Dnn.blobFromImage(
            aligned, 1 / 128.0, new Size(112, 112), new Scalar(127, 127, 127), true, false);
    Mat out = null;
    try {
      net.setInput(blob);
      out = net.forward();
      return FaceEmbedder.normalised(Mats.floats(out));
    } finally {
      Mats.wipe(blob, out);
    }
  }
}
