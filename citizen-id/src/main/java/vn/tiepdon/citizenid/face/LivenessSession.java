package vn.tiepdon.citizenid.face;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * An active liveness challenge: a blink (open, closed, open) and a head turn (frontal, turned,
 * frontal) in an order drawn at random, each within its timeout; the passive score of every face
 * frame is averaged as a second signal. Times come from the injected clock when a frame is fed, so
 * a test drives the session with a fixed or stepping clock.
 *
 * <p>A session bound to the chip photo (see {@link FaceVerifier#startLiveness(Clock,
 * RandomGenerator, FaceReference)}) also checks that every face is the card holder's: a frame of
 * somebody else does not advance the challenge, and {@value #MAX_FOREIGN_FRAMES} such frames end
 * the session as {@link LivenessResult#SPOOF_SUSPECTED} — one person cannot blink for another.
 *
 * <p>The session keeps only numbers (no pixels, no template); {@link #close()} zeroes them.
 */
public final class LivenessSession implements AutoCloseable {
  /** Frames of another person a session tolerates (a bad frame is not an attack). */
  public static final int MAX_FOREIGN_FRAMES = 3;

  private final LivenessSensor sensor;
  private final LivenessSettings settings;
  private final Clock clock;
  private final List<Challenge> order;
  private final List<Challenge> completed = new ArrayList<>();
  private double passiveSum;
  private int passiveFrames;
  private int foreignFrames;
  private Instant challengeStarted;
  private Instant lastFaceSeen;
  private Step step = Step.WAIT_BASELINE;
  private LivenessResult result;
  private boolean closed;

  /** Within a challenge: first the neutral state, then the action, then neutral again. */
  private enum Step {
    WAIT_BASELINE,
    WAIT_ACTION,
    WAIT_RETURN
  }

  public LivenessSession(
      LivenessSensor sensor, LivenessSettings settings, Clock clock, RandomGenerator random) {
    this.sensor = sensor;
    this.settings = settings;
    this.clock = clock;
    List<Challenge> drawn = new ArrayList<>(List.of(Challenge.values()));
    // Fisher-Yates with the injected generator (Collections.shuffle wants a java.util.Random).
    for (int i = drawn.size() - 1; i > 0; i--) {
      Collections.swap(drawn, i, random.nextInt(i + 1));
    }
    this.order = List.copyOf(drawn);
    this.challengeStarted = clock.instant();
    this.lastFaceSeen = challengeStarted;
  }

  public List<Challenge> order() {
    return order;
  }

  /** Reads the frame's signals and advances the session. The frame is not kept. */
  public LivenessProgress feed(Frame frame) {
    requireOpen();
    if (result != null) {
      return progress(Optional.empty(), Optional.empty());
    }
    return step(sensor.read(frame));
  }

  /** Advances the session with signals already read (the sensor's output). */
  public LivenessProgress step(LivenessSignals signals) {
    requireOpen();
    Instant now = clock.instant();
    if (result != null) {
      return progress(Optional.empty(), signals.box());
    }
    if (signals.faces() == 0) {
      if (elapsed(lastFaceSeen, now).compareTo(settings.noFaceTimeout()) >= 0) {
        return finish(LivenessResult.NO_FACE, signals);
      }
      return timeoutOr(now, signals, Optional.of(QualityHint.NO_FACE));
    }
    lastFaceSeen = now;
    if (signals.faces() > 1) {
      return timeoutOr(now, signals, Optional.of(QualityHint.ONE_FACE_ONLY));
    }
    if (signals.samePerson().isPresent() && !signals.samePerson().get()) {
      foreignFrames++;
      if (foreignFrames >= MAX_FOREIGN_FRAMES) {
        return finish(LivenessResult.SPOOF_SUSPECTED, signals);
      }
      return timeoutOr(now, signals, Optional.empty());
    }
    passiveSum += signals.passiveLiveScore();
    passiveFrames++;
    Challenge current = order.get(completed.size());
    if (advance(current, signals)) {
      completed.add(current);
      challengeStarted = now;
      if (completed.size() == order.size()) {
        double passive = passiveSum / passiveFrames;
        return finish(
            passive >= settings.passiveLiveThreshold()
                ? LivenessResult.LIVE
                : LivenessResult.SPOOF_SUSPECTED,
            signals);
      }
      return progress(Optional.empty(), signals.box());
    }
    return timeoutOr(now, signals, Optional.empty());
  }

  /** Moves through neutral → action → neutral; true when the challenge is done. */
  private boolean advance(Challenge challenge, LivenessSignals s) {
    boolean neutral;
    boolean action;
    if (challenge == Challenge.BLINK) {
      action = s.eyesClosedProbability() >= settings.closedEyeProbability();
      neutral = !action;
    } else {
      double yaw = Math.abs(s.yawDegrees());
      action = yaw >= settings.turnDegrees();
      neutral = yaw < settings.turnDegrees() / 2;
    }
    switch (step) {
      case WAIT_BASELINE -> {
        if (neutral) {
          step = Step.WAIT_ACTION;
        }
      }
      case WAIT_ACTION -> {
        if (action) {
          step = Step.WAIT_RETURN;
        }
      }
      case WAIT_RETURN -> {
        if (neutral) {
          step = Step.WAIT_BASELINE;
          return true;
        }
      }
    }
    return false;
  }

  /** Checks the clock without a frame (when the camera delivers none). */
  public LivenessProgress check() {
    return step(LivenessSignals.noFace());
  }

  private LivenessProgress timeoutOr(
      Instant now, LivenessSignals signals, Optional<QualityHint> hint) {
    if (elapsed(challengeStarted, now).compareTo(settings.challengeTimeout()) > 0) {
      return finish(LivenessResult.TIMED_OUT, signals);
    }
    return progress(hint, signals.box());
  }

  private LivenessProgress finish(LivenessResult outcome, LivenessSignals signals) {
    result = outcome;
    passiveSum = 0;
    passiveFrames = 0;
    foreignFrames = 0;
    return progress(Optional.empty(), signals.box());
  }

  private LivenessProgress progress(Optional<QualityHint> hint, Optional<FaceBox> box) {
    Optional<Challenge> current =
        result == null ? Optional.of(order.get(completed.size())) : Optional.empty();
    return new LivenessProgress(order, completed, current, hint, box, Optional.ofNullable(result));
  }

  public Optional<LivenessResult> result() {
    return Optional.ofNullable(result);
  }

  private static Duration elapsed(Instant from, Instant to) {
    return Duration.between(from, to);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("liveness session was closed");
    }
  }

  /** Forgets the signals read so far. */
  @Override
  public void close() {
    passiveSum = 0;
    passiveFrames = 0;
    closed = true;
  }
}
