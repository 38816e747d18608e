package vn.tiepdon.citizenid.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The challenge state machine on scripted signals and a stepping clock. */
class LivenessSessionTest {
  private static final FaceBox BOX = new FaceBox(100, 100, 200, 260, 0.95);
  private final SteppingClock clock = new SteppingClock();

  private static LivenessSignals face(double closed, double yaw, double passive) {
    return new LivenessSignals(
        1, Optional.of(BOX), closed, 0.3, yaw, 0, 0, passive, Optional.empty());
  }

  private static final LivenessSignals OPEN = face(0.01, 2, 0.99);
  private static final LivenessSignals CLOSED = face(0.98, 3, 0.99);
  private static final LivenessSignals TURNED = face(0.01, -31, 0.99);

  private LivenessSession session(long seed) {
    return new LivenessSession(
        frame -> {
          throw new AssertionError("signals are stepped directly");
        },
        LivenessSettings.DEFAULTS,
        clock,
        new SplittableRandom(seed));
  }

  private LivenessProgress play(LivenessSession session, List<LivenessSignals> frames) {
    LivenessProgress last = null;
    for (LivenessSignals s : frames) {
      clock.advance(Duration.ofMillis(200));
      last = session.step(s);
    }
    return last;
  }

  private static List<LivenessSignals> perform(Challenge challenge) {
    return challenge == Challenge.BLINK ? List.of(OPEN, CLOSED, OPEN) : List.of(OPEN, TURNED, OPEN);
  }

  private LivenessProgress performInOrder(LivenessSession session) {
    LivenessProgress last = null;
    for (Challenge c : session.order()) {
      last = play(session, perform(c));
    }
    return last;
  }

  @Test
  void blinkAndTurnInTheDrawnOrderIsLive() {
    LivenessSession session = session(1);
    LivenessProgress after = performInOrder(session);
    assertThat(after.result()).contains(LivenessResult.LIVE);
    assertThat(after.completed()).containsExactlyElementsOf(session.order());
    assertThat(after.current()).isEmpty();
  }

  @Test
  void theOrderComesFromTheInjectedRandomAndBothOrdersOccur() {
    assertThat(session(7).order()).isEqualTo(session(7).order());
    boolean blinkFirst = false;
    boolean turnFirst = false;
    for (long seed = 0; seed < 20; seed++) {
      Challenge first = session(seed).order().get(0);
      blinkFirst |= first == Challenge.BLINK;
      turnFirst |= first == Challenge.TURN_HEAD;
    }
    assertThat(blinkFirst && turnFirst).isTrue();
  }

  @Test
  void theWrongChallengeDoesNotCount() {
    LivenessSession session = session(1);
    Challenge first = session.order().get(0);
    Challenge other = first == Challenge.BLINK ? Challenge.TURN_HEAD : Challenge.BLINK;
    LivenessProgress after = play(session, perform(other));
    assertThat(after.completed()).isEmpty();
    assertThat(after.current()).contains(first);
    assertThat(after.result()).isEmpty();
  }

  @Test
  void eyesClosedFromTheStartAreNotABlink() {
    LivenessSession session = sessionStartingWith(Challenge.BLINK);
    LivenessProgress after = play(session, List.of(CLOSED, CLOSED, OPEN));
    assertThat(after.completed()).isEmpty();
    after = play(session, List.of(CLOSED, OPEN));
    assertThat(after.completed()).containsExactly(Challenge.BLINK);
  }

  private LivenessSession sessionStartingWith(Challenge challenge) {
    for (long seed = 0; ; seed++) {
      LivenessSession s = session(seed);
      if (s.order().get(0) == challenge) {
        return s;
      }
    }
  }

  @Test
  void aLowPassiveScoreMakesTheSessionSuspect() {
    LivenessSession session = session(3);
    LivenessSignals photoOpen = face(0.01, 2, 0.05);
    LivenessSignals photoClosed = face(0.98, 2, 0.05);
    LivenessSignals photoTurned = face(0.01, -30, 0.05);
    LivenessProgress last = null;
    for (Challenge c : session.order()) {
      last =
          play(
              session,
              c == Challenge.BLINK
                  ? List.of(photoOpen, photoClosed, photoOpen)
                  : List.of(photoOpen, photoTurned, photoOpen));
    }
    assertThat(last.result()).contains(LivenessResult.SPOOF_SUSPECTED);
  }

  @Test
  void aStillFaceTimesOut() {
    LivenessSession session = session(1);
    LivenessProgress p = session.step(OPEN);
    assertThat(p.result()).isEmpty();
    clock.advance(Duration.ofSeconds(7));
    assertThat(session.step(OPEN).result()).isEmpty();
    clock.advance(Duration.ofMillis(1));
    assertThat(session.step(OPEN).result()).contains(LivenessResult.TIMED_OUT);
    clock.advance(Duration.ofSeconds(1));
    assertThat(session.step(OPEN).result())
        .as("the result stays once finished")
        .contains(LivenessResult.TIMED_OUT);
  }

  @Test
  void eachChallengeGetsItsOwnTime() {
    LivenessSession session = session(1);
    clock.advance(Duration.ofSeconds(6));
    play(session, perform(session.order().get(0)));
    clock.advance(Duration.ofSeconds(6));
    LivenessProgress after = play(session, perform(session.order().get(1)));
    assertThat(after.result()).contains(LivenessResult.LIVE);
  }

  @Test
  void noFaceForTheNoFaceTimeoutEndsWithNoFace() {
    LivenessSession session = session(1);
    session.step(OPEN);
    clock.advance(Duration.ofSeconds(2));
    LivenessProgress p = session.step(LivenessSignals.noFace());
    assertThat(p.result()).isEmpty();
    assertThat(p.hint()).contains(QualityHint.NO_FACE);
    clock.advance(Duration.ofSeconds(1));
    assertThat(session.check().result()).contains(LivenessResult.NO_FACE);
  }

  @Test
  void aSecondFaceIsHintedAndDoesNotAdvance() {
    LivenessSession session = sessionStartingWith(Challenge.BLINK);
    LivenessSignals two =
        new LivenessSignals(2, Optional.of(BOX), 0.98, 0.2, 0, 0, 0, 0.99, Optional.empty());
    session.step(OPEN);
    LivenessProgress p = session.step(two);
    assertThat(p.hint()).contains(QualityHint.ONE_FACE_ONLY);
    p = session.step(OPEN);
    assertThat(p.completed()).isEmpty();
  }

  @Test
  void somebodyElseCannotPerformTheChallengeForTheCardHolder() {
    LivenessSession session = sessionStartingWith(Challenge.BLINK);
    session.step(OPEN.withSamePerson(true));
    LivenessProgress p = session.step(CLOSED.withSamePerson(false));
    p = session.step(OPEN.withSamePerson(true));
    assertThat(p.completed()).as("the other person's blink does not count").isEmpty();
    session.step(CLOSED.withSamePerson(false));
    p = session.step(CLOSED.withSamePerson(false));
    assertThat(p.result()).contains(LivenessResult.SPOOF_SUSPECTED);
  }

  @Test
  void theCardHolderPassesABoundSession() {
    LivenessSession session = session(2);
    LivenessProgress last = null;
    for (Challenge c : session.order()) {
      for (LivenessSignals s : perform(c)) {
        clock.advance(Duration.ofMillis(200));
        last = session.step(s.withSamePerson(true));
      }
    }
    assertThat(last.result()).contains(LivenessResult.LIVE);
  }

  @Test
  void aClosedSessionRefusesFrames() {
    LivenessSession session = session(1);
    session.close();
    assertThatThrownBy(() -> session.step(OPEN)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void settingsNameTheKeyThatIsWrong() {
    assertThatThrownBy(
            () -> new LivenessSettings(Duration.ZERO, Duration.ofSeconds(3), 20, 0.5, 0.6))
        .hasMessageContaining("face.liveness.challengeTimeout")
        .hasMessageContaining("PT0S");
    assertThatThrownBy(
            () -> new LivenessSettings(Duration.ofSeconds(5), Duration.ofSeconds(3), 90, 0.5, 0.6))
        .hasMessageContaining("face.liveness.turnDegrees")
        .hasMessageContaining("90");
  }
}
