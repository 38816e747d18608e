package vn.tiepdon.provisioning.fleet;

import java.util.List;

/** What the fleet console keeps of the commands it sent and their acks. */
public interface CommandHistory {
  void record(CommandRecord record);

  /** The latest records, newest first. */
  List<CommandRecord> latest(int limit);
}
