package vn.tiepdon.citizenid.face;

import java.io.IOException;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * 1:1 verification of the person in front of the camera against the chip photo, with liveness. The
 * OpenCV implementation is {@code face.opencv.OpenCvFaceVerifier}; one instance serves one kiosk
 * (calls are serialised). Nothing it is given is written anywhere.
 */
public interface FaceVerifier extends AutoCloseable {

  EmbedderModel model();

  /** The configured cosine threshold. */
  double threshold();

  /** The template of the chip photo; a photo without exactly one face gives a reference without. */
  FaceReference reference(Frame chipPhoto);

  /**
   * Decodes DG2 bytes (JPEG or JPEG 2000), makes the reference and wipes the decoded pixels.
   *
   * @throws IOException if the bytes are no readable image
   */
  default FaceReference reference(byte[] dg2Image) throws IOException {
    try (Frame photo = Frame.decode(dg2Image)) {
      return reference(photo);
    }
  }

  /** Compares a live frame with the reference. */
  FaceMatch verify(FaceReference reference, Frame probe);

  /** Detection and quality gates only: the face box and hints for the live preview. */
  FaceQuality inspect(Frame frame);

  /**
   * Starts an active liveness challenge (blink and head turn in an order drawn from {@code random};
   * timeouts on {@code clock}).
   *
   * @throws IllegalStateException when the verifier was opened without the liveness models
   */
  LivenessSession startLiveness(Clock clock, RandomGenerator random);

  /**
   * Starts a liveness challenge bound to the chip photo: every face in it must also be the card
   * holder (see {@link LivenessSession}), so that the person who passes the challenge is the person
   * who matched.
   *
   * @throws IllegalStateException when the verifier was opened without the liveness models
   */
  LivenessSession startLiveness(Clock clock, RandomGenerator random, FaceReference chipPhoto);

  /** Releases the native models. */
  @Override
  void close();
}
