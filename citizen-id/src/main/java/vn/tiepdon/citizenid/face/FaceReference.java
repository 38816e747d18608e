package vn.tiepdon.citizenid.face;

import java.util.Arrays;
import java.util.Optional;

/**
 * The template of the chip photo, held in memory for one patient session only. It cannot be
 * exported: the only thing it does is compare itself with a probe template. {@link #close()} zeroes
 * it.
 */
public final class FaceReference implements AutoCloseable {
  private final EmbedderModel model;
  private final float[] template;
  private final FaceQuality quality;
  private boolean closed;

  private FaceReference(EmbedderModel model, float[] template, FaceQuality quality) {
    this.model = model;
    this.template = template;
    this.quality = quality;
  }

  /** Takes ownership of an L2-normalised template (it is not copied, and it is zeroed on close). */
  public static FaceReference of(EmbedderModel model, float[] template, FaceQuality quality) {
    return new FaceReference(model, template, quality);
  }

  /** A chip photo in which no single face was found: every comparison is {@code NO_FACE}. */
  public static FaceReference withoutFace(EmbedderModel model, FaceQuality quality) {
    return new FaceReference(model, null, quality);
  }

  public EmbedderModel model() {
    return model;
  }

  public FaceQuality quality() {
    return quality;
  }

  public boolean hasFace() {
    return template != null;
  }

  /**
   * Cosine similarity with a probe template of the same model (both L2-normalised), or empty when
   * the reference holds no face.
   */
  public Optional<Double> similarityTo(EmbedderModel probeModel, float[] probe) {
    if (closed) {
      throw new IllegalStateException("face reference was closed and its template wiped");
    }
    if (probeModel != model) {
      throw new IllegalArgumentException(
          "a " + model + " reference cannot be compared with a " + probeModel + " template");
    }
    if (template == null) {
      return Optional.empty();
    }
    if (probe.length != template.length) {
      throw new IllegalArgumentException(
          "template lengths differ: " + template.length + " and " + probe.length);
    }
    double dot = 0;
    for (int i = 0; i < template.length; i++) {
      dot += template[i] * probe[i];
    }
    return Optional.of(dot);
  }

  /** Cosine similarity of two templates of the same model; empty if either holds no face. */
  public Optional<Double> similarityTo(FaceReference other) {
    if (other.closed) {
      throw new IllegalStateException("face reference was closed and its template wiped");
    }
    if (other.template == null) {
      return Optional.empty();
    }
    return similarityTo(other.model, other.template);
  }

  public boolean isClosed() {
    return closed;
  }

  /** Zeroes the template. */
  @Override
  public void close() {
    if (template != null) {
      Arrays.fill(template, 0f);
    }
    closed = true;
  }

  /** Only the model and whether a face is held: never the template. */
  @Override
  public String toString() {
    return "FaceReference["
        + model
        + (hasFace() ? "" : ", no face")
        + (closed ? ", closed" : "")
        + "]";
  }
}
