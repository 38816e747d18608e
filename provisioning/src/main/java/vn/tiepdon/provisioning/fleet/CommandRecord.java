package vn.tiepdon.provisioning.fleet;

import java.time.Instant;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * One line of the fleet's command history: a command sent, or an answer to it.
 *
 * @param status {@code SENT}, {@code NO_ANSWER} (no final ack in time) or the ack's status name
 * @param detail the ack's detail (a short sentence for IT, no personal data), or {@code ""}
 * @param operatorKeyId the key that signed it
 */
public record CommandRecord(
    Instant at,
    CommandId id,
    KioskRef kiosk,
    CommandType type,
    String status,
    String detail,
    String operatorKeyId) {
  public static final String SENT = "SENT";
  public static final String NO_ANSWER = "NO_ANSWER";

  public CommandRecord {
    if (at == null || id == null || kiosk == null || type == null || status == null) {
      throw new IllegalArgumentException("at, id, kiosk, type and status are required");
    }
    detail = detail == null ? "" : detail;
    operatorKeyId = operatorKeyId == null ? "" : operatorKeyId;
  }
}
