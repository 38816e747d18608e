package vn.tiepdon.ui.app;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.face.Challenge;
import vn.tiepdon.citizenid.face.FaceBox;
import vn.tiepdon.citizenid.face.FaceDecision;
import vn.tiepdon.citizenid.face.FaceMatch;
import vn.tiepdon.citizenid.face.FaceReference;
import vn.tiepdon.citizenid.face.FaceVerifier;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.LivenessProgress;
import vn.tiepdon.citizenid.face.LivenessResult;
import vn.tiepdon.citizenid.face.LivenessSession;
import vn.tiepdon.citizenid.face.QualityHint;
import vn.tiepdon.devices.camera.Camera;
import vn.tiepdon.ui.flow.FaceCheck;

/**
 * The flow's face step on citizen-id's face verifier and the kiosk's camera: the chip photo becomes
 * a reference held for this attempt only; live frames are first compared 1:1 with it (somebody else
 * is told at once that the face does not match), then, when configured, the card holder does the
 * liveness challenge in a session bound to that reference, so that nobody else can blink for them.
 * Each frame looked at is shown on the face screen with the face box found in it. Frames are taken
 * only while an attempt runs and are wiped after use; nothing is kept.
 */
final class CameraFaceCheck implements FaceCheck {
  private static final Logger log = LoggerFactory.getLogger(CameraFaceCheck.class);

  /** Non-matching good frames in a row that decide "not the card holder". */
  private static final int NO_MATCH_FRAMES = 3;

  private final FaceVerifier verifier;
  private final Clock clock;
  private final Duration attemptTimeout;
  private final boolean liveness;
  private final RandomGenerator random;
  private final AtomicReference<BufferedImage> latest = new AtomicReference<>();
  private volatile boolean attempting;
  private volatile Consumer<PreviewFrame> preview = frame -> {};

  CameraFaceCheck(
      FaceVerifier verifier,
      Camera camera,
      Clock clock,
      Duration attemptTimeout,
      boolean liveness,
      RandomGenerator random) {
    this.verifier = verifier;
    this.clock = clock;
    this.attemptTimeout = attemptTimeout;
    this.liveness = liveness;
    this.random = random;
    camera.start(
        frame -> {
          // Outside an attempt nobody is being verified: the frame is dropped at once.
          BufferedImage old = latest.getAndSet(attempting ? frame.image() : null);
          if (old != null) {
            Frame.wipe(old);
          }
        });
  }

  /**
   * Shows the patient each frame the check looks at, with the face found in it; {@code show} must
   * copy what it keeps, as the frame is wiped right after.
   */
  void preview(Consumer<PreviewFrame> show) {
    preview = show;
  }

  @Override
  public Result verify(Object chipFace, Consumer<FaceProgress> progress) {
    if (!(chipFace instanceof BufferedImage chipPhoto)) {
      log.warn("no chip photo to compare the face with");
      return new NoMatch();
    }
    attempting = true;
    try (FaceReference reference = referenceOf(chipPhoto)) {
      if (!reference.hasFace()) {
        log.warn("the chip photo shows no usable face");
        return new NoMatch();
      }
      Instant deadline = clock.instant().plus(attemptTimeout);
      Result compared = compare(reference, progress, deadline);
      if (!liveness || !(compared instanceof Matched)) {
        return compared;
      }
      return challenge(reference, progress, deadline);
    } finally {
      attempting = false;
      BufferedImage left = latest.getAndSet(null);
      if (left != null) {
        Frame.wipe(left);
      }
    }
  }

  private FaceReference referenceOf(BufferedImage chipPhoto) {
    try (Frame photo = Frame.of(chipPhoto)) {
      return verifier.reference(photo);
    }
  }

  /**
   * 1:1 comparison until a match, {@value #NO_MATCH_FRAMES} non-matching frames or the deadline.
   */
  private Result compare(
      FaceReference reference, Consumer<FaceProgress> progress, Instant deadline) {
    int challenges = liveness ? Challenge.values().length : 0;
    int noMatch = 0;
    boolean sawFace = false;
    while (clock.instant().isBefore(deadline) && !Thread.currentThread().isInterrupted()) {
      Optional<BufferedImage> image = nextImage();
      if (image.isEmpty()) {
        continue;
      }
      FaceMatch match;
      try {
        try (Frame f = Frame.of(image.get())) {
          match = verifier.verify(reference, f);
        }
        Optional<QualityHint> hint = match.quality().hints().stream().findFirst();
        show(image.get(), match.quality().box(), hint.isPresent());
        if (hint.isPresent() || challenges > 0) {
          progress.accept(new FaceProgress(hintKey(hint, Optional.empty()), 0, challenges));
        }
      } finally {
        Frame.wipe(image.get());
      }
      if (match.decision() == FaceDecision.MATCH) {
        log.info("face matched the chip photo");
        return new Matched();
      }
      if (match.decision() == FaceDecision.NO_MATCH) {
        sawFace = true;
        if (++noMatch >= NO_MATCH_FRAMES) {
          log.info("face did not match the chip photo in {} frames", noMatch);
          return new NoMatch();
        }
      }
    }
    log.info("face check: no decision within {}", attemptTimeout);
    return sawFace ? new NoMatch() : new LivenessFailed();
  }

  /** The liveness challenge of the person who matched: {@link Matched} once it is passed. */
  private Result challenge(
      FaceReference reference, Consumer<FaceProgress> progress, Instant deadline) {
    try (LivenessSession session = verifier.startLiveness(clock, random, reference)) {
      while (clock.instant().isBefore(deadline) && !Thread.currentThread().isInterrupted()) {
        Optional<BufferedImage> image = nextImage();
        if (image.isEmpty()) {
          continue;
        }
        LivenessProgress p;
        try {
          try (Frame f = Frame.of(image.get())) {
            p = session.feed(f);
          }
          show(image.get(), p.box(), p.hint().isPresent());
        } finally {
          Frame.wipe(image.get());
        }
        progress.accept(
            new FaceProgress(
                hintKey(p.hint(), p.current().map(c -> c.name())),
                p.completed().size(),
                p.order().size()));
        if (p.finished()) {
          LivenessResult result = p.result().orElseThrow();
          log.info("liveness: {}", result);
          return result == LivenessResult.LIVE ? new Matched() : new LivenessFailed();
        }
      }
      log.info("liveness: no result within {}", attemptTimeout);
      return new LivenessFailed();
    }
  }

  private void show(BufferedImage image, Optional<FaceBox> box, boolean adjust) {
    try {
      PreviewFace.Look look = adjust ? PreviewFace.Look.ADJUST : PreviewFace.Look.GOOD;
      preview.accept(
          new PreviewFrame(
              image,
              box.flatMap(b -> PreviewFace.of(b, image.getWidth(), image.getHeight(), look))));
    } catch (RuntimeException e) {
      log.warn("face preview failed: {}", e.toString());
    }
  }

  /** The newest camera picture, waiting up to a fifth of a second for one. */
  private Optional<BufferedImage> nextImage() {
    for (int i = 0; i < 20; i++) {
      BufferedImage image = latest.getAndSet(null);
      if (image != null) {
        return Optional.of(image);
      }
      try {
        TimeUnit.MILLISECONDS.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The words of UX.md for a quality hint or the challenge asked for. */
  static String hintKey(Optional<QualityHint> hint, Optional<String> challenge) {
    if (hint.isPresent()) {
      return switch (hint.get()) {
        case MOVE_CLOSER -> "face.closer";
        case MOVE_BACK -> "face.farther";
        case ONE_FACE_ONLY -> "face.alone";
        case MORE_LIGHT -> "face.light";
        case HOLD_STILL -> "face.still";
        case NO_FACE, CENTRE_FACE, LOOK_STRAIGHT, LESS_LIGHT -> "face.title";
      };
    }
    if (challenge.isPresent()) {
      return challenge.get().equals("BLINK") ? "face.blink" : "face.left";
    }
    return "face.title";
  }
}
