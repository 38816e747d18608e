package vn.tiepdon.provisioning.topic;

import java.util.regex.Pattern;

/** The id of one remote command; it names the command's topic and its acknowledgement's. */
public record CommandId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public CommandId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "command id must be 1-64 letters, digits, '-' or '_', was " + TopicSegments.quote(value));
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
