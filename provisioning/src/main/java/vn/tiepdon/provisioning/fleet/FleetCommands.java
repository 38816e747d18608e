package vn.tiepdon.provisioning.fleet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.RemoteCommand;
import vn.tiepdon.provisioning.command.SignedCommand;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * The console's side of remote commands: issues a command with a fresh id and nonce, signs it with
 * the operator's key, sends it, waits for the kiosk's final ack and writes every step to the
 * history. The confirmation step belongs to the caller (a prompt or a dialog) and comes before
 * {@link #send}.
 */
public final class FleetCommands implements AutoCloseable {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final CommandSigner signer;
  private final CommandTransport transport;
  private final CommandHistory history;
  private final Clock clock;
  private final Duration ttl;

  /**
   * @param ttl how long a command stays valid: a kiosk offline longer than this never runs it
   */
  public FleetCommands(
      CommandSigner signer,
      CommandTransport transport,
      CommandHistory history,
      Clock clock,
      Duration ttl) {
    if (signer == null || transport == null || history == null || clock == null) {
      throw new IllegalArgumentException("signer, transport, history and clock are required");
    }
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("command time to live must be positive, was " + ttl);
    }
    this.signer = signer;
    this.transport = transport;
    this.history = history;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** What the kiosk answered: every ack in order, the last one final unless it timed out. */
  public record Outcome(RemoteCommand command, List<CommandAck> acks) {
    public Optional<CommandAck> last() {
      return acks.isEmpty() ? Optional.empty() : Optional.of(acks.get(acks.size() - 1));
    }

    public boolean answered() {
      return last().map(ack -> ack.status().terminal()).orElse(false);
    }
  }

  public Duration ttl() {
    return ttl;
  }

  public String operatorKeyId() {
    return signer.keyId();
  }

  public CommandHistory history() {
    return history;
  }

  /** Signs and sends, then waits up to {@code wait} for the final ack. */
  public Outcome send(KioskRef kiosk, CommandType type, ObjectNode args, Duration wait)
      throws InterruptedException {
    Instant now = clock.instant();
    RemoteCommand command =
        RemoteCommand.issue(newId(now), kiosk, type, args, now, ttl, signer.keyId());
    SignedCommand signed = signer.sign(command);
    List<CommandAck> acks = new ArrayList<>();
    CompletableFuture<CommandAck> last = new CompletableFuture<>();
    history.record(record(command, CommandRecord.SENT, ""));
    transport.send(
        signed,
        ack -> {
          synchronized (acks) {
            acks.add(ack);
          }
          history.record(
              new CommandRecord(
                  ack.at(),
                  command.id(),
                  kiosk,
                  type,
                  ack.status().name(),
                  ack.detail(),
                  command.operatorKeyId()));
          if (ack.status().terminal()) {
            last.complete(ack);
          }
        });
    try {
      last.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      history.record(
          record(
              command, CommandRecord.NO_ANSWER, "no final ack within " + wait.toSeconds() + " s"));
    } catch (ExecutionException e) {
      throw new IllegalStateException("waiting for the ack of " + command.id(), e);
    }
    synchronized (acks) {
      return new Outcome(command, List.copyOf(acks));
    }
  }

  private CommandRecord record(RemoteCommand command, String status, String detail) {
    return new CommandRecord(
        clock.instant(),
        command.id(),
        command.target(),
        command.type(),
        status,
        detail,
        command.operatorKeyId());
  }

  /** Readable and unique enough: time plus 32 random bits; the nonce makes it unique anyway. */
  private static CommandId newId(Instant now) {
    return new CommandId(
        "c-"
            + ID_TIME.format(now)
            + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000));
  }

  @Override
  public void close() {
    transport.close();
  }
}
