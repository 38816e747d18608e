package vn.tiepdon.provisioning.command;

import java.util.List;
import java.util.Optional;

/** The kiosk's own record of every command ack, rejections included (the adapter is SQLite). */
public interface CommandLog {
  void record(CommandAck ack, Optional<RemoteCommand> command);

  /** The latest entries, newest first. */
  List<Entry> latest(int limit);

  /** One logged ack. */
  record Entry(
      String commandId,
      Optional<CommandType> type,
      Optional<String> operatorKeyId,
      AckStatus status,
      String detail,
      java.time.Instant at) {}
}
