package vn.tiepdon.devices.scanner;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw scanner bytes into {@link Scan}s: framing, prefix/suffix stripping, strict UTF-8
 * decoding once a whole frame is in, and debouncing. Both the serial adapter and the simulator feed
 * their bytes through it, so the demo exercises the same code as the kiosk.
 */
public final class ScanPipeline {
  private static final Logger log = LoggerFactory.getLogger(ScanPipeline.class);

  private final Framing framing;
  private final Duration debounce;
  private final Clock clock;
  private final ScanListener listener;
  private final FrameAssembler assembler;

  /**
   * In terminator framing, bytes left waiting this long for their terminator are dropped and
   * reported; a real scanner sends a whole code within milliseconds.
   */
  public static final Duration UNTERMINATED_AFTER = Duration.ofSeconds(2);

  /** A digest, not the text: the last scan may be a citizen's QR and need not stay in memory. */
  private byte[] lastDigest;

  private Instant lastAt;
  private Instant lastByteAt;

  /**
   * @param debounce the same text again within this window of its previous arrival is dropped;
   *     {@link Duration#ZERO} turns debouncing off
   */
  public ScanPipeline(Framing framing, Duration debounce, Clock clock, ScanListener listener) {
    this.framing = Objects.requireNonNull(framing, "framing");
    this.debounce = Objects.requireNonNull(debounce, "debounce");
    if (debounce.isNegative()) {
      throw new IllegalArgumentException("debounce must be >= 0, was " + debounce);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.assembler = new FrameAssembler(framing, new Sink());
  }

  public synchronized void accept(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length > 0) {
      lastByteAt = clock.instant();
    }
    assembler.accept(bytes, offset, length);
  }

  public void accept(byte[] bytes) {
    accept(bytes, 0, bytes.length);
  }

  /**
   * No byte has arrived for a while: ends the frame in idle-gap framing; in terminator framing,
   * drops and reports a partial frame older than {@link #UNTERMINATED_AFTER}.
   */
  public synchronized void idle() {
    if (!framing.usesTerminator()) {
      assembler.idle();
      return;
    }
    int pending = assembler.pendingBytes();
    if (pending > 0
        && Duration.between(lastByteAt, clock.instant()).compareTo(UNTERMINATED_AFTER) >= 0) {
      assembler.reset();
      reject(new ScanRejection(RejectReason.UNTERMINATED, pending, -1, clock.instant()));
    }
  }

  /** The device went away; a partial frame is dropped. */
  public synchronized void reset() {
    assembler.reset();
  }

  public Framing framing() {
    return framing;
  }

  private void deliver(byte[] frame) {
    Instant at = clock.instant();
    byte[] content = strip(frame);
    if (content.length == 0) {
      return;
    }
    String text;
    try {
      text = decoder().decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      reject(new ScanRejection(RejectReason.INVALID_UTF8, content.length, badByte(content), at));
      return;
    }
    if (isBounce(text, at)) {
      log.debug("dropped a repeated scan of {} chars within {}", text.length(), debounce);
      return;
    }
    try {
      listener.scanned(new Scan(text, at));
    } catch (RuntimeException e) {
      log.warn("scan listener failed", e);
    }
  }

  private boolean isBounce(String text, Instant at) {
    byte[] digest = sha256(text);
    boolean bounce =
        Arrays.equals(digest, lastDigest) && Duration.between(lastAt, at).compareTo(debounce) < 0;
    lastDigest = digest;
    lastAt = at;
    return bounce;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private byte[] strip(byte[] frame) {
    byte[] prefix = framing.stripPrefix();
    byte[] suffix = framing.stripSuffix();
    int from = startsWith(frame, prefix) ? prefix.length : 0;
    int to =
        endsWith(frame, suffix) && frame.length - suffix.length >= from
            ? frame.length - suffix.length
            : frame.length;
    return Arrays.copyOfRange(frame, from, to);
  }

  private static boolean startsWith(byte[] frame, byte[] prefix) {
    return prefix.length > 0
        && frame.length >= prefix.length
        && Arrays.equals(frame, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean endsWith(byte[] frame, byte[] suffix) {
    int start = frame.length - suffix.length;
    return suffix.length > 0
        && start >= 0
        && Arrays.equals(frame, start, frame.length, suffix, 0, suffix.length);
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Where a strict decode stops: the first byte of the first malformed sequence. */
  private static int badByte(byte[] content) {
    ByteBuffer in = ByteBuffer.wrap(content);
    decoder().decode(in, CharBuffer.allocate(content.length), true);
    return in.position();
  }

  private void reject(ScanRejection rejection) {
    log.warn("scanner frame rejected: {}", rejection.describe());
    try {
      listener.rejected(rejection);
    } catch (RuntimeException e) {
      log.warn("scan listener failed on a rejection", e);
    }
  }

  private final class Sink implements FrameAssembler.Sink {
    @Override
    public void frame(byte[] frame) {
      deliver(frame);
    }

    @Override
    public void oversized(int droppedBytes) {
      reject(new ScanRejection(RejectReason.FRAME_TOO_LONG, droppedBytes, -1, clock.instant()));
    }
  }
}
