package vn.tiepdon.provisioning.topic;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A subscription across the fleet: {@code tiepdon/v1/+/+/{channel}}, optionally as an MQTT 5 shared
 * subscription {@code $share/{group}/...} so that several consumers split the load.
 *
 * <p>Brokers do not send retained messages to shared subscriptions, so a consumer that needs every
 * kiosk's current status subscribes to {@link Channel#STATUS} without a group.
 */
public record TopicFilter(Channel channel, Optional<String> sharedGroup) {
  private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public TopicFilter {
    if (channel == null || sharedGroup == null) {
      throw new IllegalArgumentException("channel and sharedGroup are required");
    }
    if (channel.needsCommandId()) {
      throw new IllegalArgumentException(
          "fleet filters cover status, health and event, was " + channel);
    }
    sharedGroup.ifPresent(
        group -> {
          if (!GROUP.matcher(group).matches()) {
            throw new IllegalArgumentException(
                "shared subscription group must be 1-64 letters, digits, '-' or '_', was '"
                    + group
                    + "'");
          }
        });
  }

  public static TopicFilter allKiosks(Channel channel) {
    return new TopicFilter(channel, Optional.empty());
  }

  public static TopicFilter shared(String group, Channel channel) {
    return new TopicFilter(channel, Optional.of(group));
  }

  public String value() {
    String filter = KioskTopic.ROOT + "/+/+/" + channel.level();
    return sharedGroup.map(group -> "$share/" + group + "/" + filter).orElse(filter);
  }

  @Override
  public String toString() {
    return value();
  }
}
