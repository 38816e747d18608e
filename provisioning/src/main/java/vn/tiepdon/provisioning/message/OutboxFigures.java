package vn.tiepdon.provisioning.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far behind delivery is: messages waiting, and messages dropped by the outbox limits. */
public record OutboxFigures(
    @JsonProperty(required = true) long pending, @JsonProperty(required = true) long dropped) {}
