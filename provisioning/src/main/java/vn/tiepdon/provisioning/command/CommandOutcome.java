package vn.tiepdon.provisioning.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What a handler reports: done (with an optional result for the ack) or failed, and why. */
public record CommandOutcome(boolean done, String detail, Optional<JsonNode> result) {
  public CommandOutcome {
    if (detail == null || result == null) {
      throw new IllegalArgumentException("detail and result are required");
    }
  }

  public static CommandOutcome done(String detail) {
    return new CommandOutcome(true, detail, Optional.empty());
  }

  public static CommandOutcome done(String detail, JsonNode result) {
    return new CommandOutcome(true, detail, Optional.of(result));
  }

  public static CommandOutcome failed(String detail) {
    return new CommandOutcome(false, detail, Optional.empty());
  }
}
