package vn.tiepdon.citizenid.face.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.face.Challenge;
import vn.tiepdon.citizenid.face.EmbedderModel;
import vn.tiepdon.citizenid.face.FaceReference;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.LivenessProgress;
import vn.tiepdon.citizenid.face.LivenessResult;
import vn.tiepdon.citizenid.face.LivenessSession;
import vn.tiepdon.citizenid.face.LivenessSignals;
import vn.tiepdon.citizenid.face.SharedFiles;
import vn.tiepdon.citizenid.face.SteppingClock;

/**
 * The liveness models on real frames of one person: eyes closed in 03979 and 04000, head turned in
 * 02683 and 03909; the session is driven by these frames and a stepping clock.
 */
class OpenCvLivenessTest {
  private static OpenCvFaceVerifier verifier;
  private final SteppingClock clock = new SteppingClock();

  @BeforeAll
  static void open() {
    verifier =
        OpenCvFaceVerifier.open(FaceSettings.of(SharedFiles.models(), EmbedderModel.MOBILEFACENET));
  }

  @AfterAll
  static void close() {
    verifier.close();
  }

  private static LivenessSignals signals(String name) {
    try (Frame frame = SharedFiles.frame(name)) {
      return verifier.livenessSensor().read(frame);
    }
  }

  @Test
  void closedEyesTurnedHeadsAndBonaFidePhotosReadAsSuch() {
    assertThat(signals("franck_03979.jpg").eyesClosedProbability()).isGreaterThan(0.9);
    assertThat(signals("franck_04000.jpg").eyesClosedProbability()).isGreaterThan(0.9);
    assertThat(signals("franck_03979.jpg").eyeAspectRatio()).isLessThan(0.22);
    LivenessSignals open = signals("franck_01829.jpg");
    assertThat(open.eyesClosedProbability()).isLessThan(0.1);
    assertThat(open.eyeAspectRatio()).isGreaterThan(0.28);
    assertThat(Math.abs(open.yawDegrees())).isLessThan(10);
    assertThat(signals("franck_02683.jpg").yawDegrees()).isLessThan(-25);
    assertThat(open.passiveLiveScore()).isGreaterThan(0.9);
    assertThat(open.faces()).isEqualTo(1);
  }

  private LivenessProgress play(LivenessSession session, List<String> frames) {
    LivenessProgress last = null;
    for (String name : frames) {
      clock.advance(Duration.ofMillis(300));
      try (Frame frame = SharedFiles.frame(name)) {
        last = session.feed(frame);
      }
    }
    return last;
  }

  private static List<String> perform(Challenge c) {
    return c == Challenge.BLINK
        ? List.of("franck_01829.jpg", "franck_03979.jpg", "franck_04000.jpg", "franck_04035.jpg")
        : List.of("franck_02045.jpg", "franck_02683.jpg", "franck_04117.jpg");
  }

  @Test
  void aBlinkAndAHeadTurnInEitherOrderAreLive() {
    for (Challenge first : Challenge.values()) {
      try (LivenessSession session = sessionStartingWith(first)) {
        LivenessProgress last = null;
        for (Challenge c : session.order()) {
          last = play(session, perform(c));
        }
        assertThat(last.result()).as("order %s", session.order()).contains(LivenessResult.LIVE);
        assertThat(last.completed()).containsExactlyElementsOf(session.order());
      }
    }
  }

  private LivenessSession sessionStartingWith(Challenge first) {
    for (long seed = 0; ; seed++) {
      LivenessSession session = verifier.startLiveness(clock, new SplittableRandom(seed));
      if (session.order().get(0) == first) {
        return session;
      }
      session.close();
    }
  }

  @Test
  void aSessionBoundToTheChipPhotoPassesTheCardHolderAndStopsSomebodyElse() throws Exception {
    try (FaceReference franck =
            verifier.reference(
                java.nio.file.Files.readAllBytes(SharedFiles.face("dg2/franck_01829_x50.jp2")));
        LivenessSession session = verifier.startLiveness(clock, new SplittableRandom(1), franck)) {
      LivenessProgress last = null;
      for (Challenge c : session.order()) {
        last = play(session, perform(c));
      }
      assertThat(last.result()).contains(LivenessResult.LIVE);
    }
    try (FaceReference hopper =
            verifier.reference(
                java.nio.file.Files.readAllBytes(SharedFiles.face("dg2/hopper_x50.jp2")));
        LivenessSession session = verifier.startLiveness(clock, new SplittableRandom(1), hopper)) {
      LivenessProgress last = play(session, perform(session.order().get(0)));
      assertThat(last.completed()).isEmpty();
      assertThat(last.result()).contains(LivenessResult.SPOOF_SUSPECTED);
    }
  }

  @Test
  void aStillPhotographTimesOut() {
    try (LivenessSession session = verifier.startLiveness(clock, new SplittableRandom(5))) {
      LivenessProgress last = null;
      for (int i = 0; i < 30 && (last == null || !last.finished()); i++) {
        last = play(session, List.of("franck_01829.jpg"));
      }
      assertThat(last.result()).contains(LivenessResult.TIMED_OUT);
    }
  }

  @Test
  void nobodyInFrontOfTheCameraIsNoFace() {
    try (LivenessSession session = verifier.startLiveness(clock, new SplittableRandom(5));
        Frame empty = Frame.of(TestImages.plain(640, 480, Color.DARK_GRAY))) {
      LivenessProgress last = null;
      for (int i = 0; i < 20 && (last == null || !last.finished()); i++) {
        clock.advance(Duration.ofMillis(500));
        last = session.feed(empty);
      }
      assertThat(last.result()).contains(LivenessResult.NO_FACE);
    }
  }
}
