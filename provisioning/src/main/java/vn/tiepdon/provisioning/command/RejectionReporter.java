package vn.tiepdon.provisioning.command;

import vn.tiepdon.provisioning.topic.CommandId;

/** Reports a refused command as a kiosk event (the telemetry's {@code command_rejected}). */
@FunctionalInterface
public interface RejectionReporter {
  void rejected(CommandId commandId, AckStatus status);
}
