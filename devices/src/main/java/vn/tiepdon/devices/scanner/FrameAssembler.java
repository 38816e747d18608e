package vn.tiepdon.devices.scanner;

import java.io.ByteArrayOutputStream;

/**
 * Cuts a byte stream into frames according to a {@link Framing}. Bytes may arrive in any pieces: a
 * terminator or a multi-byte character split across reads is handled. Not thread-safe; one reader
 * feeds it.
 */
final class FrameAssembler {
  interface Sink {
    void frame(byte[] frame);

    void oversized(int droppedBytes);
  }

  private final byte[] terminator;
  private final int maxFrameBytes;
  private final Sink sink;
  private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
  private final byte[] tail;
  private int tailLength;
  private boolean discarding;
  private int dropped;

  FrameAssembler(Framing framing, Sink sink) {
    this.terminator = framing.terminator().orElse(new byte[0]);
    this.maxFrameBytes = framing.maxFrameBytes();
    this.sink = sink;
    this.tail = new byte[Math.max(1, terminator.length)];
  }

  void accept(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      accept(bytes[i]);
    }
  }

  /** The line has been quiet for the idle gap: in idle-gap framing, the frame is complete. */
  void idle() {
    if (terminator.length == 0) {
      endFrame(0);
    }
  }

  /** How many bytes of an unfinished frame are waiting (or being dropped) for its end. */
  int pendingBytes() {
    return discarding ? dropped : frame.size();
  }

  /** The device went away: a partial frame cannot be completed, drop it. */
  void reset() {
    frame.reset();
    tailLength = 0;
    discarding = false;
    dropped = 0;
  }

  private void accept(byte b) {
    if (terminator.length > 0 && pushTailAndMatch(b)) {
      endFrame(terminator.length - 1);
      return;
    }
    if (discarding) {
      dropped++;
      return;
    }
    frame.write(b);
    if (frame.size() > maxFrameBytes + Math.max(0, terminator.length - 1)) {
      // Keep the bytes that may begin a terminator out of the count; they are not content yet.
      discarding = true;
      dropped = frame.size();
      frame.reset();
    }
  }

  /** Ends the current frame; the last {@code terminatorBytesInFrame} written bytes are not data. */
  private void endFrame(int terminatorBytesInFrame) {
    if (discarding) {
      sink.oversized(Math.max(0, dropped - terminatorBytesInFrame));
    } else if (frame.size() > terminatorBytesInFrame) {
      byte[] all = frame.toByteArray();
      byte[] content = new byte[all.length - terminatorBytesInFrame];
      System.arraycopy(all, 0, content, 0, content.length);
      if (content.length > maxFrameBytes) {
        sink.oversized(content.length);
      } else {
        sink.frame(content);
      }
    }
    reset();
  }

  private boolean pushTailAndMatch(byte b) {
    if (tailLength == tail.length) {
      System.arraycopy(tail, 1, tail, 0, tail.length - 1);
      tailLength--;
    }
    tail[tailLength++] = b;
    if (tailLength < terminator.length) {
      return false;
    }
    for (int i = 0; i < terminator.length; i++) {
      if (tail[i] != terminator[i]) {
        return false;
      }
    }
    return true;
  }
}
