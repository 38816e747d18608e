package vn.tiepdon.provisioning.command;

/** The outcome of checking one received command. */
public sealed interface Verdict {
  /** Fine to run. */
  record Accepted(SignedCommand command) implements Verdict {}

  /** Not to run. {@code command} is empty when the payload could not even be read as a command. */
  record Rejected(AckStatus status, String detail, java.util.Optional<RemoteCommand> command)
      implements Verdict {
    public Rejected {
      if (status == null || !status.rejected()) {
        throw new IllegalArgumentException("a rejection needs a REJECTED_* status, was " + status);
      }
    }
  }
}
