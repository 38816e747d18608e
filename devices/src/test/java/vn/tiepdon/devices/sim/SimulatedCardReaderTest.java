package vn.tiepdon.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.MutableClock;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;

class SimulatedCardReaderTest {
  /** Stands in for what citizen-id will hand over: here a made-up chip's CAN. */
  record Chip(String can) {}

  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  private final SimulatedCardReader<Chip> reader =
      new SimulatedCardReader<>(DeviceId.of(DeviceKind.CHIP_READER, "sim"), clock);
  private final List<String> events = new ArrayList<>();

  @BeforeEach
  void start() {
    reader.start(
        new CardListener<>() {
          @Override
          public void placed(CardHandle<Chip> card) {
            events.add("placed #" + card.sequence() + " " + card.card().can());
          }

          @Override
          public void removed(CardHandle<Chip> card) {
            events.add("removed #" + card.sequence());
          }
        });
  }

  @Test
  void placeAndRemoveAreReportedWithTheHandedOverCard() {
    CardHandle<Chip> handle = reader.place(new Chip("001234")).orElseThrow();
    assertThat(reader.currentCard()).contains(handle);
    assertThat(handle.placedAt()).isEqualTo(clock.instant());

    clock.advance(Duration.ofSeconds(4));
    assertThat(reader.remove()).isTrue();
    assertThat(reader.remove()).isFalse();

    assertThat(events).containsExactly("placed #1 001234", "removed #1");
    assertThat(reader.currentCard()).isEmpty();
    assertThat(reader.health().state()).isEqualTo(HealthState.UP);
  }

  @Test
  void placingAnotherCardRemovesTheFirst() {
    reader.place(new Chip("001234"));
    reader.place(new Chip("009876"));
    assertThat(events).containsExactly("placed #1 001234", "removed #1", "placed #2 009876");
  }

  @Test
  void unpluggingRemovesTheCardAndGoesDown() {
    reader.place(new Chip("001234"));
    reader.unplug();

    assertThat(events).containsExactly("placed #1 001234", "removed #1");
    assertThat(reader.health().reason()).isEqualTo(HealthReason.UNPLUGGED);
    assertThat(reader.place(new Chip("005678"))).isEmpty();

    reader.plugIn();
    assertThat(reader.place(new Chip("005678"))).isPresent();
    assertThat(reader.health().state()).isEqualTo(HealthState.UP);
  }

  @Test
  void theHandleDoesNotPrintTheCard() {
    CardHandle<Chip> handle = reader.place(new Chip("001234")).orElseThrow();
    assertThat(handle.toString()).doesNotContain("001234").contains("#1");
  }
}
