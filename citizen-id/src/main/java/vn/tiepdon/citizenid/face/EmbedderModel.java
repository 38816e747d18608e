package vn.tiepdon.citizenid.face;

/**
 * The face recognisers the pipeline can use. The threshold belongs to the model: templates of two
 * models are not comparable, and their scores live on different scales.
 */
public enum EmbedderModel {
  /**
   * OpenCV Zoo SFace, run through {@code FaceRecognizerSF.feature}; 0.363 is the published LFW
   * cosine threshold (calibrate on the hospital's own photos with {@code tiepdon face eval}).
   */
  SFACE(ModelFile.SFACE, 0.363),
  /**
   * 512-d MobileFaceNet with its own preprocessing; 0.40 separated every genuine from every
   * impostor pair on the public sets tried (domain notes, face.md §2.1). Development only.
   */
  MOBILEFACENET(ModelFile.MOBILEFACENET, 0.40);

  private final ModelFile file;
  private final double defaultThreshold;

  EmbedderModel(ModelFile file, double defaultThreshold) {
    this.file = file;
    this.defaultThreshold = defaultThreshold;
  }

  public ModelFile file() {
    return file;
  }

  public double defaultThreshold() {
    return defaultThreshold;
  }
}
