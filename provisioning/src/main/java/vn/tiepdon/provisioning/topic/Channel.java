package vn.tiepdon.provisioning.topic;

import java.util.Arrays;
import java.util.Optional;

/** What a kiosk topic carries; the wire names are the last topic levels. */
public enum Channel {
  STATUS("status"),
  HEALTH("health"),
  EVENT("event"),
  COMMAND("cmd"),
  COMMAND_ACK("ack");

  private final String level;

  Channel(String level) {
    this.level = level;
  }

  public String level() {
    return level;
  }

  boolean needsCommandId() {
    return this == COMMAND || this == COMMAND_ACK;
  }

  static Optional<Channel> telemetryLevel(String level) {
    return Arrays.stream(values())
        .filter(c -> !c.needsCommandId() && c.level.equals(level))
        .findFirst();
  }
}
