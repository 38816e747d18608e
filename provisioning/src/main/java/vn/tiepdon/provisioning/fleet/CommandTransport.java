package vn.tiepdon.provisioning.fleet;

import java.util.function.Consumer;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.SignedCommand;

/** Puts a signed command on the wire to its kiosk and hands back the kiosk's acks. */
public interface CommandTransport extends AutoCloseable {
  /**
   * Listens for the command's acks, then sends it. {@code acks} is called on the transport's thread
   * for every ack of this command, in arrival order.
   */
  void send(SignedCommand command, Consumer<CommandAck> acks);

  @Override
  void close();
}
