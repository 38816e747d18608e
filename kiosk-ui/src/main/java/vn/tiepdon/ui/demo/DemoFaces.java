package vn.tiepdon.ui.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the demo's panel needs for the face step: the people the simulated camera can play, the one
 * it plays at start, the chip photo the demo's cards carry, and the models folder when the kiosk
 * runs without its face models.
 */
record DemoFaces(
    List<DemoImageSet> sets,
    Optional<DemoImageSet> initial,
    DemoChipPhoto chipPhoto,
    Optional<Path> missingModels) {
  DemoFaces {
    sets = List.copyOf(sets);
  }
}
