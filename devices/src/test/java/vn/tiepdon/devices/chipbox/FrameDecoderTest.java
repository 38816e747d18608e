package vn.tiepdon.devices.chipbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
  final List<BoxFrame> frames = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  final FrameDecoder decoder =
      new FrameDecoder(
          BoxFrame.MAX_PAYLOAD,
          new FrameDecoder.Sink() {
            @Override
            public void frame(BoxFrame frame) {
              frames.add(frame);
            }

            @Override
            public void skipped(FrameDecoder.Skipped why, int bytes) {
              skipped.add(why + ":" + bytes);
            }
          });

  static final BoxFrame SELECT =
      new BoxFrame(
          FrameType.TRANSCEIVE, 7, new byte[] {0x00, (byte) 0xA4, 0x04, 0x0C, 0x02, 0x3F, 0x00});
  static final BoxFrame OK = new BoxFrame(FrameType.RESPONSE, 7, new byte[] {(byte) 0x90, 0x00});

  void feed(byte[]... parts) {
    for (byte[] part : parts) {
      decoder.accept(part, 0, part.length);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void encodesTheDocumentedLayout() {
    byte[] wire = BoxFrame.of(FrameType.PING, 1).encode();
    // STX, type 0x01, seq 1, length 0, CRC-32 of 01 01 00 00.
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(new byte[] {1, 1, 0, 0});
    assertThat(wire).hasSize(9).startsWith(0x02, 0x01, 0x01, 0x00, 0x00);
    assertThat(java.nio.ByteBuffer.wrap(wire, 5, 4).getInt()).isEqualTo((int) crc.getValue());
  }

  @Test
  void decodesMergedFramesInOrder() {
    feed(concat(SELECT.encode(), OK.encode(), BoxFrame.of(FrameType.CARD_REMOVED, 0).encode()));

    assertThat(frames).containsExactly(SELECT, OK, BoxFrame.of(FrameType.CARD_REMOVED, 0));
    assertThat(skipped).isEmpty();
  }

  @Test
  void skipsNoiseBeforeAFrameAndReportsItsSize() {
    feed(new byte[] {0x55, 0x00, (byte) 0xFF}, OK.encode());

    assertThat(frames).containsExactly(OK);
    assertThat(skipped).containsExactly("NOISE:3");
  }

  @Test
  void aCorruptFrameCostsOnlyItselfTheNextFrameArrives() {
    byte[] bad = SELECT.encode();
    bad[7] ^= 0x01;

    feed(concat(bad, OK.encode()));

    assertThat(frames).containsExactly(OK);
    assertThat(skipped).first().isEqualTo("BAD_CRC:1");
  }

  @Test
  void anUnknownTypeOrAnOversizeLengthIsSkipped() {
    FrameDecoder small =
        new FrameDecoder(
            16,
            new FrameDecoder.Sink() {
              @Override
              public void frame(BoxFrame frame) {
                frames.add(frame);
              }

              @Override
              public void skipped(FrameDecoder.Skipped why, int bytes) {
                skipped.add(why + ":" + bytes);
              }
            });
    byte[] wire =
        concat(
            new byte[] {0x02, 0x77, 0x00, 0x00, 0x00},
            new BoxFrame(FrameType.RESPONSE, 1, new byte[17]).encode(),
            OK.encode());
    small.accept(wire, 0, wire.length);

    assertThat(frames).containsExactly(OK);
    assertThat(skipped).contains("UNKNOWN_TYPE:1", "TOO_LONG:1");
  }

  @Test
  void aFrameThatStopsArrivingIsDroppedAndAWholeFrameBehindItSurvives() {
    // A header promising 300 bytes, cut off; then a whole frame.
    byte[] cut =
        java.util.Arrays.copyOf(new BoxFrame(FrameType.RESPONSE, 1, new byte[300]).encode(), 40);
    feed(concat(cut, OK.encode()));
    assertThat(frames).isEmpty();
    assertThat(decoder.hasPartial()).isTrue();

    decoder.dropPartial();

    assertThat(frames).containsExactly(OK);
    assertThat(skipped).containsExactly("TRUNCATED:40");
    assertThat(decoder.hasPartial()).isFalse();
  }

  @Property(tries = 200)
  void anySplitIntoReadsGivesTheSameFrames(
      @ForAll @Size(max = 300) byte[] payload,
      @ForAll @IntRange(min = 0, max = 255) int sequence,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 64) Integer> cuts) {
    frames.clear();
    skipped.clear();
    BoxFrame frame = new BoxFrame(FrameType.RESPONSE, sequence, payload);
    byte[] wire = concat(frame.encode(), OK.encode());
    int at = 0;
    for (int i = 0; at < wire.length; i++) {
      int n = Math.min(cuts.get(i % cuts.size()), wire.length - at);
      decoder.accept(wire, at, n);
      at += n;
    }
    assertThat(frames).containsExactly(frame, OK);
    assertThat(skipped).isEmpty();
  }

  /**
   * Resync: whatever noise (false STX bytes and headers included) lies between frames, every frame
   * comes out, in order, once the line has gone quiet ({@link FrameDecoder#dropPartial()}).
   */
  @Property(tries = 300)
  void everyFrameSurvivesArbitraryNoiseBetweenFrames(
      @ForAll @Size(min = 1, max = 6) List<@Size(max = 40) byte[]> payloads,
      @ForAll @Size(min = 1, max = 6) List<@Size(max = 24) byte[]> noises) {
    frames.clear();
    skipped.clear();
    List<BoxFrame> sent = new ArrayList<>();
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (int i = 0; i < payloads.size(); i++) {
      wire.writeBytes(noises.get(i % noises.size()));
      BoxFrame frame = new BoxFrame(FrameType.RESPONSE, i, payloads.get(i));
      sent.add(frame);
      wire.writeBytes(frame.encode());
    }
    wire.writeBytes(noises.get(0));
    byte[] bytes = wire.toByteArray();

    decoder.accept(bytes, 0, bytes.length);
    decoder.dropPartial();

    assertThat(frames).containsExactlyElementsOf(sent);
    assertThat(decoder.hasPartial()).isFalse();
  }
}
