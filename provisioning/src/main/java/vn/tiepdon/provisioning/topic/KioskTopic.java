package vn.tiepdon.provisioning.topic;

import java.util.Optional;

/**
 * One concrete topic of a kiosk: {@code tiepdon/v1/{site}/{kiosk}/status|health|event}, {@code
 * .../cmd/{id}} or {@code .../cmd/{id}/ack}. Valid by construction, so it can be published to.
 */
public record KioskTopic(KioskRef kiosk, Channel channel, Optional<CommandId> command) {
  public static final String ROOT = "tiepdon/v1";

  public KioskTopic {
    if (kiosk == null || channel == null || command == null) {
      throw new IllegalArgumentException("kiosk, channel and command are required");
    }
    if (channel.needsCommandId() != command.isPresent()) {
      throw new IllegalArgumentException(
          "channel "
              + channel
              + (command.isPresent() ? " takes no command id" : " needs a command id"));
    }
  }

  public static KioskTopic of(KioskRef kiosk, Channel channel) {
    return new KioskTopic(kiosk, channel, Optional.empty());
  }

  static KioskTopic command(KioskRef kiosk, Channel channel, CommandId id) {
    return new KioskTopic(kiosk, channel, Optional.of(id));
  }

  /** Reads a topic name as received from a broker; the message names the offending level. */
  public static KioskTopic parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("topic is required");
    }
    String[] levels = name.split("/", -1);
    if (levels.length < 5 || !"tiepdon".equals(levels[0]) || !"v1".equals(levels[1])) {
      throw new IllegalArgumentException(
          "topic must start with '" + ROOT + "/{site}/{kiosk}/', was '" + name + "'");
    }
    KioskRef kiosk;
    try {
      kiosk = new KioskRef(new SiteId(levels[2]), new KioskId(levels[3]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("topic '" + name + "': " + e.getMessage(), e);
    }
    if (levels.length == 5) {
      return Channel.telemetryLevel(levels[4])
          .map(channel -> of(kiosk, channel))
          .orElseThrow(() -> unknownChannel(name, levels[4]));
    }
    if (!"cmd".equals(levels[4]) || levels.length > 7) {
      throw unknownChannel(name, levels[4]);
    }
    CommandId id = new CommandId(levels[5]);
    if (levels.length == 6) {
      return command(kiosk, Channel.COMMAND, id);
    }
    if (!"ack".equals(levels[6])) {
      throw new IllegalArgumentException(
          "topic '" + name + "': level 7 must be 'ack', was '" + levels[6] + "'");
    }
    return command(kiosk, Channel.COMMAND_ACK, id);
  }

  private static IllegalArgumentException unknownChannel(String name, String level) {
    return new IllegalArgumentException(
        "topic '"
            + name
            + "': level 5 must be status, health, event or cmd/{id}[/ack], was '"
            + level
            + "'");
  }

  /** The topic name to publish to. */
  public String value() {
    String base = ROOT + "/" + kiosk.site() + "/" + kiosk.kiosk() + "/";
    return switch (channel) {
      case COMMAND -> base + "cmd/" + command.orElseThrow();
      case COMMAND_ACK -> base + "cmd/" + command.orElseThrow() + "/ack";
      default -> base + channel.level();
    };
  }

  @Override
  public String toString() {
    return value();
  }
}
