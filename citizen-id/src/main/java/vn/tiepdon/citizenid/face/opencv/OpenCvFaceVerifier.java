package vn.tiepdon.citizenid.face.opencv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.objdetect.FaceRecognizerSF;
import vn.tiepdon.citizenid.face.EmbedderModel;
import vn.tiepdon.citizenid.face.FaceDecision;
import vn.tiepdon.citizenid.face.FaceMatch;
import vn.tiepdon.citizenid.face.FaceModels;
import vn.tiepdon.citizenid.face.FaceQuality;
import vn.tiepdon.citizenid.face.FaceReference;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.FaceVerifier;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.LivenessSensor;
import vn.tiepdon.citizenid.face.LivenessSession;
import vn.tiepdon.citizenid.face.LivenessSignals;
import vn.tiepdon.citizenid.face.ModelFile;

/**
 * The face pipeline on OpenCV 4.9: YuNet detection on a scaled-down frame, quality gates, {@code
 * FaceRecognizerSF.alignCrop} to 112×112, the configured embedder, cosine score. Every model is
 * checked against its sha256 when the verifier opens, so a missing or wrong model is a start-up
 * error ({@link vn.tiepdon.citizenid.face.FaceModelException}).
 *
 * <p>Calls are serialised (OpenCV nets are not thread-safe). Native Mats holding pixels are zeroed
 * and released in {@code finally} blocks; nothing is written anywhere.
 */
public final class OpenCvFaceVerifier implements FaceVerifier {
  private final FaceSettings settings;
  private final YuNetDetector detector;
  private final FaceRecognizerSF aligner;
  private final FaceEmbedder embedder;
  private final QualityGates gates;
  private final OpenCvLivenessSensor liveness;

  private OpenCvFaceVerifier(
      FaceSettings settings,
      YuNetDetector detector,
      FaceRecognizerSF aligner,
      FaceEmbedder embedder,
      OpenCvLivenessSensor liveness) {
    this.settings = settings;
    this.detector = detector;
    this.aligner = aligner;
    this.embedder = embedder;
    this.gates = new QualityGates(settings.quality());
    this.liveness = liveness;
  }

  /**
   * Verifies and loads the models named by the settings.
   *
   * @throws vn.tiepdon.citizenid.face.FaceModelException naming the missing or mismatched file
   */
  public static OpenCvFaceVerifier open(FaceSettings settings) {
    OpenCvRuntime.load();
    FaceModels models = FaceModels.in(settings.modelsFolder());
    byte[] yunet = models.verifiedBytes(ModelFile.YUNET);
    ModelFile embedderFile = settings.embedder().file();
    byte[] embedderBytes = models.verifiedBytes(embedderFile);
    OpenCvLivenessSensor sensor = null;
    YuNetDetector detector = new YuNetDetector(yunet, settings.detectionMaxSide());
    if (settings.livenessEnabled()) {
      sensor =
          new OpenCvLivenessSensor(
              new YuNetDetector(yunet, settings.detectionMaxSide()),
              models.verifiedBytes(ModelFile.LANDMARKS),
              models.verifiedBytes(ModelFile.EYE),
              models.verifiedBytes(ModelFile.POSE),
              models.verifiedBytes(ModelFile.PASSIVE_LIVENESS));
    }
    // FaceRecognizerSF loads only from a path in 4.9; it was verified just above. Its alignCrop
    // works with any model loaded; with SFace it also makes the features.
    Path embedderPath = models.pathOf(embedderFile);
    FaceRecognizerSF recognizer = FaceRecognizerSF.create(embedderPath.toString(), "");
    FaceEmbedder embedder =
        settings.embedder() == EmbedderModel.SFACE
            ? new SFaceEmbedder(recognizer)
            : new MobileFaceNetEmbedder(embedderBytes);
    return new OpenCvFaceVerifier(settings, detector, recognizer, embedder, sensor);
  }

  @Override
  public EmbedderModel model() {
    return embedder.model();
  }

  @Override
  public double threshold() {
    return settings.threshold();
  }

  @Override
  public synchronized FaceReference reference(Frame chipPhoto) {
    Mat bgr = Mats.bgr(chipPhoto);
    try {
      return reference(bgr);
    } finally {
      Mats.wipe(bgr);
    }
  }

  /**
   * Decodes the DG2 bytes with OpenCV (JPEG, and JPEG 2000 through its OpenJPEG: about ten times
   * faster than ImageIO's pure-Java JPEG 2000 reader), falling back to {@link Frame#decode}.
   */
  @Override
  public synchronized FaceReference reference(byte[] dg2Image) throws IOException {
    Mat bgr = decode(dg2Image);
    if (bgr.empty()) {
      Mats.release(bgr);
      try (Frame photo = Frame.decode(dg2Image)) {
        return reference(photo);
      }
    }
    try {
      return reference(bgr);
    } finally {
      Mats.wipe(bgr);
    }
  }

  /** A BGR Mat of the image, empty when OpenCV cannot read it; the caller wipes it. */
  static Mat decode(byte[] encoded) {
    MatOfByte bytes = new MatOfByte(encoded);
    try {
      return Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_COLOR);
    } finally {
      Mats.release(bytes);
    }
  }

  FaceReference reference(Mat bgr) {
    List<Detection> faces = detector.detect(bgr);
    FaceQuality quality = gates.reference(bgr, faces);
    if (quality.faces() != 1) {
      return FaceReference.withoutFace(model(), quality);
    }
    return FaceReference.of(model(), template(bgr, faces.get(0)), quality);
  }

  @Override
  public synchronized FaceMatch verify(FaceReference reference, Frame probe) {
    Mat bgr = Mats.bgr(probe);
    try {
      List<Detection> faces = detector.detect(bgr);
      FaceQuality quality = gates.live(bgr, faces);
      if (!reference.hasFace() || faces.isEmpty()) {
        return new FaceMatch(
            OptionalDouble.empty(),
            threshold(),
            FaceDecision.NO_FACE,
            quality,
            reference.quality());
      }
      float[] template = template(bgr, faces.get(0));
      double score;
      try {
        score = reference.similarityTo(model(), template).orElseThrow();
      } finally {
        java.util.Arrays.fill(template, 0f);
      }
      FaceDecision decision =
          !quality.acceptable()
              ? FaceDecision.POOR_QUALITY
              : score >= threshold() ? FaceDecision.MATCH : FaceDecision.NO_MATCH;
      return new FaceMatch(
          OptionalDouble.of(score), threshold(), decision, quality, reference.quality());
    } finally {
      Mats.wipe(bgr);
    }
  }

  @Override
  public synchronized FaceQuality inspect(Frame frame) {
    Mat bgr = Mats.bgr(frame);
    try {
      return gates.live(bgr, detector.detect(bgr));
    } finally {
      Mats.wipe(bgr);
    }
  }

  /**
   * The template of any image's largest face, without quality gates (what {@code tiepdon face eval}
   * scores); empty without a face.
   */
  public synchronized Optional<FaceReference> templateOf(Frame image) {
    Mat bgr = Mats.bgr(image);
    try {
      List<Detection> faces = detector.detect(bgr);
      if (faces.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          FaceReference.of(model(), template(bgr, faces.get(0)), gates.reference(bgr, faces)));
    } finally {
      Mats.wipe(bgr);
    }
  }

  @Override
  public LivenessSession startLiveness(Clock clock, RandomGenerator random) {
    return new LivenessSession(sensor(null), settings.liveness(), clock, random);
  }

  @Override
  public LivenessSession startLiveness(
      Clock clock, RandomGenerator random, FaceReference chipPhoto) {
    if (!chipPhoto.hasFace()) {
      throw new IllegalArgumentException(
          "the chip photo holds no face to bind the liveness check to");
    }
    return new LivenessSession(sensor(chipPhoto), settings.liveness(), clock, random);
  }

  /** Reads a frame's liveness signals, and checks the identity when a reference is given. */
  private LivenessSensor sensor(FaceReference chipPhoto) {
    if (liveness == null) {
      throw new IllegalStateException(
          "liveness is off: the verifier was opened without the liveness models (face.liveness)");
    }
    return frame -> {
      synchronized (this) {
        Mat bgr = Mats.bgr(frame);
        try {
          List<Detection> faces = detector.detect(bgr);
          LivenessSignals signals = liveness.read(bgr, faces);
          if (chipPhoto == null || faces.isEmpty()) {
            return signals;
          }
          float[] template = template(bgr, faces.get(0));
          try {
            double score = chipPhoto.similarityTo(model(), template).orElseThrow();
            return signals.withSamePerson(score >= threshold());
          } finally {
            java.util.Arrays.fill(template, 0f);
          }
        } finally {
          Mats.wipe(bgr);
        }
      }
    };
  }

  Mat align(Mat bgr, Detection face) {
    Mat row = face.toMat();
    Mat aligned = new Mat();
    try {
      aligner.alignCrop(bgr, row, aligned);
      return aligned;
    } finally {
      Mats.release(row);
    }
  }

  float[] embed(Mat aligned) {
    return embedder.embed(aligned);
  }

  List<Detection> detect(Mat bgr) {
    return detector.detect(bgr);
  }

  OpenCvLivenessSensor livenessSensor() {
    return liveness;
  }

  private float[] template(Mat bgr, Detection face) {
    Mat aligned = align(bgr, face);
    try {
      return embed(aligned);
    } finally {
      Mats.wipe(aligned);
    }
  }

  /** The nets are freed by OpenCV when collected; nothing of a patient is held here. */
  @Override
  public void close() {}
}
