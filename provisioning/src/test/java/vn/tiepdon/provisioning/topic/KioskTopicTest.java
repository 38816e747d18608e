package vn.tiepdon.provisioning.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KioskTopicTest {
  private final KioskRef kiosk = KioskRef.of("bv-choray", "k01");

  @Test
  void namesEveryTopicOfTheTree() {
    assertThat(kiosk.topic(Channel.STATUS).value()).isEqualTo("tiepdon/v1/bv-choray/k01/status");
    assertThat(kiosk.topic(Channel.HEALTH).value()).isEqualTo("tiepdon/v1/bv-choray/k01/health");
    assertThat(kiosk.topic(Channel.EVENT).value()).isEqualTo("tiepdon/v1/bv-choray/k01/event");
    assertThat(kiosk.command(new CommandId("c-42")).value())
        .isEqualTo("tiepdon/v1/bv-choray/k01/cmd/c-42");
    assertThat(kiosk.commandAck(new CommandId("c-42")).value())
        .isEqualTo("tiepdon/v1/bv-choray/k01/cmd/c-42/ack");
  }

  @Test
  void parsesWhatItNames() {
    KioskTopic ack = kiosk.commandAck(new CommandId("c-42"));
    assertThat(KioskTopic.parse(ack.value())).isEqualTo(ack);
    assertThat(KioskTopic.parse("tiepdon/v1/bv-choray/k01/health").channel())
        .isEqualTo(Channel.HEALTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+", "#", "a/b", "", "K01", "-k", "k 1", "k\u0000", "$sys", "kiosk_1"})
  void rejectsIdsThatCouldBreakATopic(String bad) {
    assertThatThrownBy(() -> new KioskId(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kiosk id must be 1-32 lower-case letters")
        .hasMessageContaining("'" + bad + "'");
    assertThatThrownBy(() -> new SiteId(bad)).hasMessageContaining("site id");
  }

  @Test
  void rejectsTooLongAndMissingIds() {
    assertThatThrownBy(() -> new SiteId("a".repeat(33))).hasMessageContaining("was 'aaaa");
    assertThatThrownBy(() -> new KioskId(null)).hasMessageContaining("was null");
  }

  @Test
  void parseNamesTheWrongLevel() {
    assertThatThrownBy(() -> KioskTopic.parse("tiepdon/v2/s/k/status"))
        .hasMessageContaining("must start with 'tiepdon/v1/{site}/{kiosk}/'");
    assertThatThrownBy(() -> KioskTopic.parse("tiepdon/v1/s/k/telemetry"))
        .hasMessageContaining("level 5")
        .hasMessageContaining("'telemetry'");
    assertThatThrownBy(() -> KioskTopic.parse("tiepdon/v1/S/k/status"))
        .hasMessageContaining("site id")
        .hasMessageContaining("'S'");
    assertThatThrownBy(() -> KioskTopic.parse("tiepdon/v1/s/k/cmd/c1/nak"))
        .hasMessageContaining("level 7 must be 'ack'");
    assertThatThrownBy(() -> KioskTopic.parse("tiepdon/v1/s/k/cmd/c+1"))
        .hasMessageContaining("command id");
  }

  @Test
  void channelAndCommandIdMustAgree() {
    assertThatThrownBy(() -> new KioskTopic(kiosk, Channel.COMMAND, java.util.Optional.empty()))
        .hasMessageContaining("needs a command id");
    assertThatThrownBy(
            () -> new KioskTopic(kiosk, Channel.STATUS, java.util.Optional.of(new CommandId("x"))))
        .hasMessageContaining("takes no command id");
  }

  @Test
  void fleetFiltersUseWildcardsAndSharedGroups() {
    assertThat(TopicFilter.allKiosks(Channel.HEALTH).value()).isEqualTo("tiepdon/v1/+/+/health");
    assertThat(TopicFilter.shared("fleet", Channel.EVENT).value())
        .isEqualTo("$share/fleet/tiepdon/v1/+/+/event");
    assertThatThrownBy(() -> TopicFilter.shared("a/b", Channel.EVENT))
        .hasMessageContaining("shared subscription group")
        .hasMessageContaining("'a/b'");
    assertThatThrownBy(() -> TopicFilter.allKiosks(Channel.COMMAND))
        .hasMessageContaining("status, health and event");
  }

  @Property
  void everyValidPairRoundTrips(
      @ForAll("ids") String site, @ForAll("ids") String id, @ForAll Channel channel) {
    KioskRef ref = KioskRef.of(site, id);
    KioskTopic topic =
        switch (channel) {
          case COMMAND -> ref.command(new CommandId("cmd-1"));
          case COMMAND_ACK -> ref.commandAck(new CommandId("cmd-1"));
          default -> ref.topic(channel);
        };
    assertThat(KioskTopic.parse(topic.value())).isEqualTo(topic);
  }

  @Property
  void noIdContainsAWildcardOrSeparator(@ForAll String anything) {
    boolean dangerous = anything.contains("+") || anything.contains("#") || anything.contains("/");
    if (dangerous) {
      assertThatThrownBy(() -> new KioskId(anything)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('0', '9');
    Arbitrary<String> rest =
        Arbitraries.strings().withCharRange('a', 'z').withChars('-', '0', '7').ofMaxLength(31);
    return net.jqwik.api.Combinators.combine(first, rest).as((f, r) -> f + r);
  }
}
