package vn.tiepdon.devices.chipbox.serial;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.card.ApduChannel;
import vn.tiepdon.devices.card.CardChannelException;
import vn.tiepdon.devices.card.CardChannelException.Failure;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.card.UntrustedCardData;
import vn.tiepdon.devices.chipbox.BoxFrame;
import vn.tiepdon.devices.chipbox.CardDocuments;
import vn.tiepdon.devices.chipbox.FrameType;
import vn.tiepdon.devices.chipbox.RejectedCardDataException;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/** The real jSerialComm chip-box adapter talking to a box emulator across a socat pty pair. */
class SerialChipBoxIT {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final HexFormat HEX = HexFormat.of();
  static final byte[] SELECT_MF = HEX.parseHex("00a4000c023f00");
  static final byte[] GET_CHALLENGE = HEX.parseHex("0084000008");

  @TempDir Path folder;
  BoxEmulator box;
  SerialChipBox<?> reader;

  static final class Recorder<T> implements CardListener<T> {
    final List<CardHandle<T>> placed = new CopyOnWriteArrayList<>();
    final List<CardHandle<T>> removed = new CopyOnWriteArrayList<>();

    @Override
    public void placed(CardHandle<T> card) {
      placed.add(card);
    }

    @Override
    public void removed(CardHandle<T> card) {
      removed.add(card);
    }
  }

  @BeforeEach
  void plugIn() throws Exception {
    BoxEmulator.assumeSocat();
    box = new BoxEmulator(folder).plugIn();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (reader != null) {
      reader.close();
    }
    if (box != null) {
      box.close();
    }
  }

  ChipBoxConfig config(Duration responseTimeout) {
    return new ChipBoxConfig(
        DeviceId.of(DeviceKind.CHIP_READER, "box"),
        new PortSelector.ByPath(box.kioskSide()),
        SerialLine.DEFAULT,
        Duration.ofMillis(50),
        responseTimeout,
        Duration.ofMillis(200),
        false,
        32 * 1024);
  }

  Recorder<ApduChannel> startTunnel(Duration responseTimeout) {
    SerialChipBox<ApduChannel> tunnel =
        SerialChipBox.apduTunnel(config(responseTimeout), Clock.systemUTC());
    reader = tunnel;
    Recorder<ApduChannel> cards = new Recorder<>();
    tunnel.start(cards);
    await().atMost(WAIT).until(() -> tunnel.health().state() == HealthState.UP);
    return cards;
  }

  ApduChannel placeCard(Recorder<ApduChannel> cards) throws Exception {
    int before = cards.placed.size();
    box.placeCard();
    await().atMost(WAIT).until(() -> cards.placed.size() == before + 1);
    return cards.placed.get(before).card();
  }

  @Test
  void apdusTravelThroughTheTunnelAndBack() throws Exception {
    box.responder =
        apdu ->
            new BoxEmulator.Answer(
                apdu[1] == (byte) 0x84
                    ? HEX.parseHex("0102030405060708" + "9000")
                    : HEX.parseHex("9000"));
    Recorder<ApduChannel> cards = startTunnel(Duration.ofSeconds(2));
    ApduChannel channel = placeCard(cards);

    assertThat(channel.atr()).isEqualTo(BoxEmulator.ATR);
    assertThat(channel.transceive(SELECT_MF)).isEqualTo(HEX.parseHex("9000"));
    assertThat(channel.transceive(GET_CHALLENGE)).isEqualTo(HEX.parseHex("01020304050607089000"));
    assertThat(box.receivedOf(FrameType.TRANSCEIVE))
        .extracting(BoxFrame::payload)
        .containsExactly(SELECT_MF, GET_CHALLENGE);
    assertThat(channel.supportsExtendedLength()).isFalse();
  }

  @Test
  void manyExchangesWithNoiseBetweenFramesAllArriveInOrder() throws Exception {
    box.responder = apdu -> new BoxEmulator.Answer(concat(apdu, HEX.parseHex("9000")));
    Recorder<ApduChannel> cards = startTunnel(Duration.ofSeconds(2));
    ApduChannel channel = placeCard(cards);

    long started = System.nanoTime();
    for (int i = 0; i < 300; i++) {
      if (i % 50 == 0) {
        box.sendRaw(new byte[] {0x55, 0x02, 0x13, (byte) 0xFF}); // noise, with a false STX
      }
      byte[] apdu = HEX.parseHex("00b0" + HEX.toHexDigits((short) i) + "20");
      assertThat(channel.transceive(apdu)).isEqualTo(concat(apdu, HEX.parseHex("9000")));
    }
    assertThat(((SerialChipBox<?>) reader).skippedBytes()).isEqualTo(6 * 4);
    System.out.printf(
        "tunnel: 300 APDU round trips over the pty, %.2f ms each on average%n",
        (System.nanoTime() - started) / 1e6 / 300);
  }

  @Test
  void aCardTakenAwayDuringAnExchangeFailsItAtOnceAsCardRemoved() throws Exception {
    box.responder = apdu -> new BoxEmulator.Removal();
    Recorder<ApduChannel> cards = startTunnel(Duration.ofSeconds(30));
    ApduChannel channel = placeCard(cards);

    long started = System.nanoTime();
    assertThatThrownBy(() -> channel.transceive(SELECT_MF))
        .isInstanceOfSatisfying(
            CardChannelException.class,
            e -> assertThat(e.failure()).isEqualTo(Failure.CARD_REMOVED));
    // Failed by the removal, not by the 30 s response timeout.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    await().atMost(WAIT).until(() -> cards.removed.size() == 1);
    assertThat(reader.currentCard()).isEmpty();
  }

  @Test
  void aChannelBelongsToItsCardAnotherCardDoesNotRevive() throws Exception {
    Recorder<ApduChannel> cards = startTunnel(Duration.ofSeconds(2));
    ApduChannel first = placeCard(cards);
    box.removeCard();
    await().atMost(WAIT).until(() -> cards.removed.size() == 1);
    ApduChannel second = placeCard(cards);

    assertThatThrownBy(() -> first.transceive(SELECT_MF))
        .isInstanceOfSatisfying(
            CardChannelException.class,
            e -> assertThat(e.failure()).isEqualTo(Failure.CARD_REMOVED));
    assertThat(second.transceive(SELECT_MF)).isEqualTo(HEX.parseHex("9000"));
  }

  @Test
  void aBoxThatStopsAnsweringTimesOutAndIsReportedOffline() throws Exception {
    box.responder = apdu -> new BoxEmulator.Silence();
    Recorder<ApduChannel> cards = startTunnel(Duration.ofSeconds(1));
    ApduChannel channel = placeCard(cards);

    assertThatThrownBy(() -> channel.transceive(SELECT_MF))
        .isInstanceOfSatisfying(
            CardChannelException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
              assertThat(e.getMessage()).contains("TRANSCEIVE", "1000 ms");
            });
    assertThat(reader.health().reason()).isEqualTo(HealthReason.OFFLINE);

    // The box speaks again: the next answer brings it back UP.
    box.responder = apdu -> new BoxEmulator.Answer(HEX.parseHex("9000"));
    assertThat(channel.transceive(SELECT_MF)).isEqualTo(HEX.parseHex("9000"));
    assertThat(reader.health().state()).isEqualTo(HealthState.UP);
  }

  @Test
  void unplugIsDownAndRemovesTheCardReplugIsUpWithTheCardFoundAgain() throws Exception {
    Recorder<ApduChannel> cards = startTunnel(Duration.ofSeconds(2));
    ApduChannel channel = placeCard(cards);

    box.unplug();
    await().atMost(WAIT).until(() -> reader.health().reason() == HealthReason.UNPLUGGED);
    await().atMost(WAIT).until(() -> cards.removed.size() == 1);
    assertThatThrownBy(() -> channel.transceive(SELECT_MF))
        .isInstanceOfSatisfying(
            CardChannelException.class, e -> assertThat(e.failure()).isEqualTo(Failure.UNPLUGGED));

    // Replug with the card still on the box: the kiosk learns of it from the PONG.
    box.cardPresent = true;
    box.plugIn();
    await().atMost(WAIT).until(() -> reader.health().state() == HealthState.UP);
    await().atMost(WAIT).until(() -> cards.placed.size() == 2);
    assertThat(cards.placed.get(1).card().transceive(SELECT_MF)).isEqualTo(HEX.parseHex("9000"));
  }

  @Test
  void selfTestPingsTheBoxASilentBoxFailsIt() {
    startTunnel(Duration.ofSeconds(1));
    assertThat(reader.selfTest().passed()).isTrue();
    assertThat(box.receivedOf(FrameType.PING)).hasSizeGreaterThanOrEqualTo(2);

    box.answerPings = false;

    assertThat(reader.selfTest())
        .satisfies(r -> assertThat(r.passed()).isFalse())
        .satisfies(r -> assertThat(r.health().reason()).isEqualTo(HealthReason.OFFLINE));
  }

  @Test
  void aMissingPortIsDownPortNotFound() throws Exception {
    box.unplug();
    reader = SerialChipBox.apduTunnel(config(Duration.ofSeconds(1)), Clock.systemUTC());
    reader.start(new Recorder<>());

    await().atMost(WAIT).until(() -> reader.health().reason() == HealthReason.PORT_NOT_FOUND);
    assertThat(reader.selfTest().passed()).isFalse();
    assertThat(reader.health().detail()).contains("ttyKiosk", "does not exist");
  }

  @Test
  void parsedDataArrivesAsUntrustedCardDataAndBadDocumentsAreRejected() throws Exception {
    SerialChipBox<UntrustedCardData> parsed =
        SerialChipBox.parsedData(config(Duration.ofSeconds(2)), Clock.systemUTC());
    reader = parsed;
    Recorder<UntrustedCardData> cards = new Recorder<>();
    List<RejectedCardDataException> rejections = new CopyOnWriteArrayList<>();
    parsed.onRejected(rejections::add);
    parsed.start(cards);
    await().atMost(WAIT).until(() -> parsed.health().state() == HealthState.UP);

    // Garbage JSON, a document with a bad date, then a good one.
    box.send(new BoxFrame(FrameType.CARD_DATA, 1, "{\"format\": \"tiepdon".getBytes(UTF_8)));
    var badDate = CardDocuments.valid();
    ((com.fasterxml.jackson.databind.node.ObjectNode) badDate.get("chip"))
        .put("dateOfBirth", "31/02/1985");
    box.send(new BoxFrame(FrameType.CARD_DATA, 2, CardDocuments.bytes(badDate)));
    box.send(new BoxFrame(FrameType.CARD_DATA, 3, CardDocuments.bytes(CardDocuments.valid())));

    await().atMost(WAIT).until(() -> cards.placed.size() == 1);
    UntrustedCardData data = cards.placed.get(0).card();
    assertThat(data.idNumber()).isEqualTo("079085001234");
    assertThat(data.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(data.faceImage()).isEqualTo(CardDocuments.jpeg());
    assertThat(rejections)
        .extracting(RejectedCardDataException::field)
        .containsExactly("document", "chip.dateOfBirth");
    assertThat(parsed.rejectedDocuments()).isEqualTo(2);
    await().atMost(WAIT).until(() -> box.receivedOf(FrameType.ACK).size() == 1);
    assertThat(box.receivedOf(FrameType.REJECT))
        .extracting(BoxFrame::sequence, f -> new String(f.payload(), UTF_8))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1, "document is not well-formed JSON or breaks a size limit (at byte 19)"),
            org.assertj.core.groups.Tuple.tuple(
                2, "chip.dateOfBirth must be a real date written dd/MM/yyyy"));
    assertThat(box.receivedOf(FrameType.ACK).get(0).sequence()).isEqualTo(3);
    assertThat(parsed.health().state()).isEqualTo(HealthState.UP);

    // Removal hands the card back and wipes the face bytes kept by the reader.
    box.removeCard();
    await().atMost(WAIT).until(() -> cards.removed.size() == 1);
    assertThat(data.faceImage()).containsOnly(0);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
