package vn.tiepdon.provisioning.telemetry;

import static vn.tiepdon.provisioning.telemetry.WireTokens.requireNotNegative;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Today's queue at this kiosk in counts only: tickets issued, still waiting, served. */
public record QueueFigures(
    @JsonProperty(required = true) int issued,
    @JsonProperty(required = true) int waiting,
    @JsonProperty(required = true) int served) {
  public static final QueueFigures NONE = new QueueFigures(0, 0, 0);

  public QueueFigures {
    requireNotNegative("issued", issued);
    requireNotNegative("waiting", waiting);
    requireNotNegative("served", served);
  }
}
