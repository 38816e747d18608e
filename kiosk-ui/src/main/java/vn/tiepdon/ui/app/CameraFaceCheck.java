package vn.tiepdon.ui.app;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * a reference held for this attempt only; live frames go through the liveness challenge (when
 * configured) bound to that reference, then a 1:1 comparison. Frames are taken only while an
 * attempt runs and are wiped after use; nothing is kept.
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
  private volatile java.util.function.Consumer<BufferedImage> preview = image -> {};

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
          if (attempting) {
            try {
              preview.accept(frame.image());
            } catch (RuntimeException e) {
              log.warn("face preview failed: {}", e.toString());
            }
          }
          BufferedImage old = latest.getAndSet(attempting ? frame.image() : null);
          if (old != null) {
            Frame.wipe(old);
          }
        });
  }

  /**
   * Shows the camera to the patient during an attempt; {@code show} must copy what it keeps, as the
   * frame is wiped after use.
   */
  void preview(java.util.function.Consumer<BufferedImage> show) {
    preview = show;
  }

  @Override
  public Result verify(Object chipFace, java.util.function.Consumer<FaceProgress> progress) {
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
      if (liveness) {
        Optional<Result> failed = challenge(reference, progress, deadline);
        if (failed.isPresent()) {
          return failed.get();
        }
      }
      return compare(reference, progress, deadline);
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

  /** The liveness challenge; empty when passed. */
  private Optional<Result> challenge(
      FaceReference reference,
      java.util.function.Consumer<FaceProgress> progress,
      Instant deadline) {
    try (LivenessSession session = verifier.startLiveness(clock, random, reference)) {
      while (clock.instant().isBefore(deadline)) {
        Optional<Frame> frame = nextFrame();
        if (frame.isEmpty()) {
          continue;
        }
        LivenessProgress p;
        try (Frame f = frame.get()) {
          p = session.feed(f);
        }
        progress.accept(
            new FaceProgress(
                hintKey(p.hint(), p.current().map(c -> c.name())),
                p.completed().size(),
                p.order().size()));
        if (p.finished()) {
          LivenessResult result = p.result().orElseThrow();
          log.info("liveness: {}", result);
          return result == LivenessResult.LIVE
              ? Optional.empty()
              : Optional.of(new LivenessFailed());
        }
      }
      log.info("liveness: no result within {}", attemptTimeout);
      return Optional.of(new LivenessFailed());
    }
  }

  private Result compare(
      FaceReference reference,
      java.util.function.Consumer<FaceProgress> progress,
      Instant deadline) {
    int noMatch = 0;
    boolean sawFace = false;
    while (clock.instant().isBefore(deadline)) {
      Optional<Frame> frame = nextFrame();
      if (frame.isEmpty()) {
        continue;
      }
      FaceMatch match;
      try (Frame f = frame.get()) {
        match = verifier.verify(reference, f);
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
      } else {
        progress.accept(
            new FaceProgress(
                hintKey(match.quality().hints().stream().findFirst(), Optional.empty()), 0, 0));
      }
    }
    log.info("face check: no decision within {}", attemptTimeout);
    return sawFace ? new NoMatch() : new LivenessFailed();
  }

  /** The newest camera frame, waiting up to a fifth of a second for one. */
  private Optional<Frame> nextFrame() {
    for (int i = 0; i < 20; i++) {
      BufferedImage image = latest.getAndSet(null);
      if (image != null) {
        Frame frame = Frame.of(image);
        Frame.wipe(image);
        return Optional.of(frame);
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
        case NO_FACE,
            ONE_FACE_ONLY,
            CENTRE_FACE,
            LOOK_STRAIGHT,
            MORE_LIGHT,
            LESS_LIGHT,
            HOLD_STILL ->
            "face.title";
      };
    }
    if (challenge.isPresent()) {
      return challenge.get().equals("BLINK") ? "face.blink" : "face.left";
    }
    return "face.title";
  }
}
