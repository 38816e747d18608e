package vn.tiepdon.provisioning.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * What a kiosk answers on {@code …/cmd/{id}/ack}. {@code detail} is a short sentence for IT (never
 * personal data); {@code result} carries a command's output, e.g. masked log lines or a screenshot.
 */
public record CommandAck(
    CommandId commandId,
    KioskRef kiosk,
    AckStatus status,
    String detail,
    Instant at,
    Optional<JsonNode> result) {
  /** Longest detail sent; longer texts are cut so an ack never grows with its input. */
  public static final int MAX_DETAIL = 300;

  public CommandAck {
    if (commandId == null || kiosk == null || status == null || at == null || result == null) {
      throw new IllegalArgumentException("commandId, kiosk, status, at and result are required");
    }
    // A handler's exception text may quote anything; an ID number never leaves unmasked.
    detail = detail == null ? "" : IdMasking.mask(detail);
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL - 3) + "...";
    }
    result = result.map(JsonNode::deepCopy);
  }

  public static CommandAck of(
      CommandId commandId, KioskRef kiosk, AckStatus status, String detail, Instant at) {
    return new CommandAck(commandId, kiosk, status, detail, at, Optional.empty());
  }
}
