package vn.tiepdon.devices.chipbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.card.ApduChannel;
import vn.tiepdon.devices.card.CardChannelException;
import vn.tiepdon.devices.card.CardChannelException.Failure;

/**
 * The kiosk side of the chip-box protocol, independent of the serial port: one request at a time
 * (PING, POWER_ON, TRANSCEIVE) matched to its answer by sequence number, card presence from the
 * box's unsolicited frames, and the {@link ApduChannel} handed out for each placed card. The
 * adapter feeds it the decoded frames ({@link #frame}) and tells it when the port opens and goes
 * away; users call the channel from their own thread.
 *
 * <p>A removal (or an unplugged box) fails a pending exchange at once with CARD_REMOVED (or
 * UNPLUGGED), rather than letting the caller wait for its timeout.
 */
public final class BoxSession {
  private static final Logger log = LoggerFactory.getLogger(BoxSession.class);

  private final String name;
  private final BoxLink link;
  private final Duration responseTimeout;
  private final boolean extendedLength;
  private final BoxEvents events;
  private final ReentrantLock exchange = new ReentrantLock();
  private int nextSequence;
  private Pending pending;
  private boolean connected;
  private boolean closed;
  private long generation;
  private boolean cardPresent;

  private record Pending(int sequence, FrameType request, CompletableFuture<BoxFrame> answer) {}

  /**
   * @param name for log lines, e.g. the device id
   * @param responseTimeout how long any request waits for the box's answer
   * @param extendedLength whether the box passes extended-length APDUs
   */
  public BoxSession(
      String name,
      BoxLink link,
      Duration responseTimeout,
      boolean extendedLength,
      BoxEvents events) {
    this.name = Objects.requireNonNull(name, "name");
    this.link = Objects.requireNonNull(link, "link");
    this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
    this.extendedLength = extendedLength;
    this.events = Objects.requireNonNull(events, "events");
  }

  /** The port is open: requests may go out. */
  public synchronized void connected() {
    connected = true;
  }

  /** The port went away: a pending request fails as UNPLUGGED and a card on the box is gone. */
  public void disconnected() {
    lost(Failure.UNPLUGGED, "the box went away");
  }

  /** The application closed the reader. */
  public void close() {
    synchronized (this) {
      closed = true;
    }
    lost(Failure.CLOSED, "the reader was closed");
  }

  private void lost(Failure failure, String detail) {
    long removed = -1;
    synchronized (this) {
      connected = false;
      fail(new CardChannelException(failure, detail));
      if (cardPresent) {
        cardPresent = false;
        removed = generation;
      }
    }
    if (removed >= 0) {
      events.cardRemoved(removed);
    }
  }

  /** A frame from the box (reader thread). */
  public void frame(BoxFrame frame) {
    switch (frame.type()) {
      case CARD_PRESENT -> placed(frame.payload());
      case CARD_REMOVED -> removed();
      case CARD_DATA -> events.cardData(frame);
      case PONG, ATR, RESPONSE, ERROR -> answer(frame);
      default -> log.warn("{}: the box sent a kiosk-to-box frame {}; ignored", name, frame);
    }
  }

  private void placed(byte[] atr) {
    long placed;
    long removed = -1;
    synchronized (this) {
      if (cardPresent) {
        // A CARD_REMOVED got lost: the earlier card is gone all the same.
        removed = generation;
        fail(new CardChannelException(Failure.CARD_REMOVED, "another card was placed"));
      }
      cardPresent = true;
      placed = ++generation;
    }
    if (removed >= 0) {
      events.cardRemoved(removed);
    }
    events.cardPresent(placed, atr);
  }

  private void removed() {
    long removed;
    synchronized (this) {
      // Without a tunnelled card (a parsed-data box) the removal is still passed on: -1.
      removed = cardPresent ? generation : -1;
      cardPresent = false;
      fail(new CardChannelException(Failure.CARD_REMOVED, "the card left the reader"));
    }
    events.cardRemoved(removed);
  }

  private synchronized void answer(BoxFrame frame) {
    if (pending == null || pending.sequence() != frame.sequence()) {
      log.debug("{}: dropped a late or unexpected answer {}", name, frame);
      return;
    }
    pending.answer().complete(frame);
  }

  private void fail(CardChannelException e) {
    if (pending != null) {
      pending.answer().completeExceptionally(e);
    }
  }

  /** Asks the box whether it is there and whether a card is in its field. */
  public Pong ping() throws CardChannelException {
    return Pong.parse(request(FrameType.PING, new byte[0], FrameType.PONG).payload());
  }

  /** Sends a frame that gets no answer (ACK, REJECT of card data). */
  public void notify(FrameType type, int sequence, byte[] payload) throws CardChannelException {
    try {
      link.send(new BoxFrame(type, sequence, payload));
    } catch (IOException e) {
      throw new CardChannelException(Failure.UNPLUGGED, "cannot write to the box: " + e);
    }
  }

  /** Whether a card is in the box's field now, and which placement it is. */
  public synchronized long currentGeneration() {
    return cardPresent ? generation : -1;
  }

  /** The APDU channel to the card of placement {@code generation}. */
  public ApduChannel channel(long generation, byte[] atr) {
    return new Channel(generation, atr.clone());
  }

  private BoxFrame request(FrameType type, byte[] payload, FrameType expected)
      throws CardChannelException {
    exchange.lock();
    try {
      Pending waiting;
      synchronized (this) {
        if (closed) {
          throw new CardChannelException(Failure.CLOSED, "the reader was closed");
        }
        if (!connected) {
          throw new CardChannelException(Failure.UNPLUGGED, "the box is not connected");
        }
        waiting = new Pending(nextSequence, type, new CompletableFuture<>());
        nextSequence = (nextSequence + 1) & 0xFF;
        pending = waiting;
      }
      try {
        link.send(new BoxFrame(type, waiting.sequence(), payload));
      } catch (IOException e) {
        throw new CardChannelException(Failure.UNPLUGGED, "cannot write to the box: " + e);
      }
      BoxFrame answer = await(waiting);
      if (answer.type() == FrameType.ERROR) {
        throw boxError(type, answer.payload());
      }
      if (answer.type() != expected) {
        throw new CardChannelException(
            Failure.READER_ERROR, "the box answered " + type + " with " + answer.type());
      }
      return answer;
    } finally {
      synchronized (this) {
        pending = null;
      }
      exchange.unlock();
    }
  }

  private BoxFrame await(Pending waiting) throws CardChannelException {
    try {
      return waiting.answer().get(responseTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      events.silent(waiting.request(), responseTimeout.toMillis());
      throw new CardChannelException(
          Failure.TIMEOUT,
          "no answer from the box to "
              + waiting.request()
              + " within "
              + responseTimeout.toMillis()
              + " ms");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CardChannelException c) {
        throw new CardChannelException(c.failure(), c.getMessage());
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CardChannelException(Failure.CLOSED, "interrupted while waiting for the box");
    }
  }

  private static CardChannelException boxError(FrameType request, byte[] payload) {
    BoxError error = payload.length == 0 ? BoxError.OTHER : BoxError.ofCode(payload[0] & 0xFF);
    String detail =
        payload.length > 1
            ? new String(payload, 1, Math.min(payload.length - 1, 120), StandardCharsets.US_ASCII)
            : "";
    return new CardChannelException(
        error.failure(),
        "the box refused " + request + " with " + error + (detail.isEmpty() ? "" : ": " + detail));
  }

  /** A channel bound to one placement. */
  private final class Channel implements ApduChannel {
    private final long placement;
    private final byte[] atr;

    Channel(long placement, byte[] atr) {
      this.placement = placement;
      this.atr = atr;
    }

    @Override
    public byte[] atr() {
      return atr.clone();
    }

    @Override
    public byte[] transceive(byte[] commandApdu) throws CardChannelException {
      Objects.requireNonNull(commandApdu, "commandApdu");
      if (commandApdu.length < 4) {
        throw new IllegalArgumentException(
            "a command APDU has at least 4 bytes, was " + commandApdu.length);
      }
      int limit = extendedLength ? BoxFrame.MAX_PAYLOAD : 5 + 255 + 1;
      if (commandApdu.length > limit) {
        throw new CardChannelException(
            Failure.TOO_LONG,
            "command APDU of " + commandApdu.length + " bytes, the box takes " + limit);
      }
      checkStillThere();
      BoxFrame answer = request(FrameType.TRANSCEIVE, commandApdu, FrameType.RESPONSE);
      checkStillThere();
      byte[] response = answer.payload();
      if (response.length < 2) {
        throw new CardChannelException(
            Failure.READER_ERROR, "response of " + response.length + " bytes has no status word");
      }
      return Arrays.copyOf(response, response.length);
    }

    private void checkStillThere() throws CardChannelException {
      long now = currentGeneration();
      if (now != placement) {
        throw new CardChannelException(
            now < 0 && !isConnected() ? Failure.UNPLUGGED : Failure.CARD_REMOVED,
            now < 0 && !isConnected()
                ? "the box is not connected"
                : "the card of this session left the reader");
      }
    }

    @Override
    public boolean supportsExtendedLength() {
      return extendedLength;
    }

    @Override
    public String toString() {
      return "ApduChannel[" + name + " card #" + placement + "]";
    }
  }

  private synchronized boolean isConnected() {
    return connected;
  }
}
