package vn.tiepdon.provisioning.command;

/**
 * Runs one type of command on the kiosk. The kiosk implements these (or the ports that the standard
 * handlers in this package adapt) and registers them in {@link CommandHandlers}. Runs on the
 * command thread, never on the UI thread: a handler hands work to the UI itself.
 */
@FunctionalInterface
public interface CommandHandler {
  /**
   * @return what happened; throwing counts as {@code FAILED} with the exception's message
   * @throws IllegalArgumentException for wrong {@code args}: the ack says {@code FAILED} and names
   *     the argument
   */
  CommandOutcome handle(RemoteCommand command) throws Exception;
}
