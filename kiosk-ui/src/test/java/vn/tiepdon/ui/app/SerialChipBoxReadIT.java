package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.AccessMethod;
import vn.tiepdon.citizenid.chip.CardRemovedException;
import vn.tiepdon.citizenid.chip.ChipAuthentication;
import vn.tiepdon.citizenid.chip.ChipFailure;
import vn.tiepdon.citizenid.chip.ChipReadException;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.ChipReading;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.PassiveAuthentication.Verdict;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChip;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.card.ApduChannel;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.chipbox.BoxFrame;
import vn.tiepdon.devices.chipbox.FrameDecoder;
import vn.tiepdon.devices.chipbox.FrameType;
import vn.tiepdon.devices.chipbox.Pong;
import vn.tiepdon.devices.chipbox.serial.ChipBoxConfig;
import vn.tiepdon.devices.chipbox.serial.SerialChipBox;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/**
 * A whole chip read through a serial APDU-tunnelling reader box: JMRTD (PACE, passive and chip
 * authentication) → ApduChannelChipTransport → the real jSerialComm box adapter → a socat pty pair
 * → a box at the far end whose card is the software chip. The box speaks the devices module's
 * framing with its own decoder; only the chip is software.
 */
class SerialChipBoxReadIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ISSUER = TestIssuer.generate("TiepDon Test", CLOCK);
  private static final FaceImageFile FACE = FaceImageFile.drawn(new Color(0x8D5524));
  private static final List<CitizenCard> CARDS =
      MadeUpCitizens.asOf(CLOCK).stream().map(c -> c.card()).toList();
  private static final byte[] ATR = {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01};

  @TempDir Path folder;
  private Process socat;
  private OutputStream boxOut;
  private volatile SoftwareChip chipInBox;
  private SerialChipBox<ApduChannel> box;
  private final List<CardHandle<ApduChannel>> placed = new CopyOnWriteArrayList<>();
  private final ChipReader reader =
      new ChipReader(CscaTrustStore.of(List.of(ISSUER.csca())), CLOCK);

  @BeforeEach
  void plugInTheBox() throws Exception {
    Path kioskSide = folder.resolve("ttyKiosk");
    Path boxSide = folder.resolve("ttyBox");
    socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + kioskSide, "pty,raw,echo=0,link=" + boxSide)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.exists(kioskSide) && Files.exists(boxSide));
    boxOut = Files.newOutputStream(boxSide);
    InputStream boxIn = Files.newInputStream(boxSide);
    Thread firmware = new Thread(() -> runBox(boxIn), "box-firmware");
    firmware.setDaemon(true);
    firmware.start();

    box =
        SerialChipBox.apduTunnel(
            new ChipBoxConfig(
                DeviceId.of(DeviceKind.CHIP_READER, "box"),
                new PortSelector.ByPath(kioskSide),
                SerialLine.DEFAULT,
                Duration.ofMillis(50),
                Duration.ofSeconds(5),
                Duration.ofMillis(200),
                false,
                64 * 1024),
            Clock.systemUTC());
    box.start(
        new CardListener<>() {
          @Override
          public void placed(CardHandle<ApduChannel> card) {
            placed.add(card);
          }

          @Override
          public void removed(CardHandle<ApduChannel> card) {}
        });
    await().atMost(Duration.ofSeconds(10)).until(() -> box.health().state() == HealthState.UP);
  }

  @AfterEach
  void unplug() throws Exception {
    if (box != null) {
      box.close();
    }
    if (boxOut != null) {
      boxOut.close();
    }
    if (socat != null) {
      socat.destroy();
      socat.waitFor();
    }
  }

  @Test
  void jmrtdReadsAndAuthenticatesAChipThroughTheBox() throws Exception {
    CitizenCard card = CARDS.get(1);
    ApduChannel channel = place(SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE)));

    ChipReading reading = reader.read(new ApduChannelChipTransport(channel), card);

    assertThat(reading.access()).isEqualTo(AccessMethod.PACE);
    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(reading.chipAuthentication()).isEqualTo(ChipAuthentication.PASSED);
    assertThat(reading.citizen().id()).isEqualTo(card.id());
    assertThat(reading.mismatches()).isEmpty();
    assertThat(reading.face().getWidth()).isEqualTo(240);
  }

  @Test
  void theKiosksChipStepAcceptsTheBoxsChannel() throws Exception {
    CitizenCard card = CARDS.get(3);
    ApduChannel channel = place(SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE)));

    vn.tiepdon.ui.flow.ChipCheck.Result result = new ChipCardCheck(reader).read(card, channel);

    assertThat(result).isInstanceOf(vn.tiepdon.ui.flow.ChipCheck.Verified.class);
    assertThat(((vn.tiepdon.ui.flow.ChipCheck.Verified) result).patient().maskedId())
        .isEqualTo(card.id().masked());
  }

  @Test
  void aTamperedPhotoThroughTheBoxIsCaught() throws Exception {
    CitizenCard card = CARDS.get(5);
    ApduChannel channel =
        place(
            SoftwareChips.issue(
                card, ISSUER, ChipIssue.genuine(FACE).tampered(ChipIssue.TamperedGroup.DG2)));

    ChipReading reading = reader.read(new ApduChannelChipTransport(channel), card);

    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.TAMPERED);
    assertThat(reading.trustworthy()).isFalse();
  }

  @Test
  void aCardTakenOffTheBoxMidReadIsACardRemovedFailure() throws Exception {
    CitizenCard card = CARDS.get(2);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));
    ApduChannel channel = place(chip);
    chip.removeAfter(12);

    assertThatThrownBy(() -> reader.read(new ApduChannelChipTransport(channel), card))
        .isInstanceOfSatisfying(
            ChipReadException.class,
            e -> assertThat(e.failure()).isEqualTo(ChipFailure.CARD_REMOVED));
  }

  @Test
  void aRemovedCardIsReportedAsSuchByTheTransport() throws Exception {
    ApduChannel channel = place(SoftwareChips.issue(CARDS.get(0), ISSUER, ChipIssue.genuine(FACE)));
    send(BoxFrame.of(FrameType.CARD_REMOVED, 0));

    ApduChannelChipTransport transport = new ApduChannelChipTransport(channel);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThatThrownBy(
                        () -> transport.transmit(new byte[] {0x00, (byte) 0x84, 0, 0, 8}))
                    .isInstanceOf(CardRemovedException.class));
  }

  private ApduChannel place(SoftwareChip chip) throws Exception {
    chip.connect();
    chipInBox = chip;
    int before = placed.size();
    send(new BoxFrame(FrameType.CARD_PRESENT, 0, ATR));
    await().atMost(Duration.ofSeconds(10)).until(() -> placed.size() == before + 1);
    return placed.get(before).card();
  }

  /** The reader box's firmware: PONG to PING, and the card's answer to every tunnelled APDU. */
  private void runBox(InputStream in) {
    FrameDecoder decoder =
        new FrameDecoder(
            BoxFrame.MAX_PAYLOAD,
            new FrameDecoder.Sink() {
              @Override
              public void frame(BoxFrame frame) {
                answer(frame);
              }

              @Override
              public void skipped(FrameDecoder.Skipped why, int bytes) {}
            });
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        decoder.accept(buffer, 0, n);
      }
    } catch (IOException unplugged) {
      // The test pulled the plug.
    }
  }

  private void answer(BoxFrame frame) {
    SoftwareChip chip = chipInBox;
    try {
      if (frame.type() == FrameType.PING) {
        boolean present = chip != null;
        send(
            new BoxFrame(
                FrameType.PONG,
                frame.sequence(),
                new Pong(present, present ? ATR : new byte[0]).encode()));
      } else if (frame.type() == FrameType.TRANSCEIVE) {
        try {
          send(new BoxFrame(FrameType.RESPONSE, frame.sequence(), chip.transmit(frame.payload())));
        } catch (CardRemovedException leftTheField) {
          chipInBox = null;
          send(BoxFrame.of(FrameType.CARD_REMOVED, 0));
        }
      }
    } catch (IOException unplugged) {
      // The test pulled the plug while the box answered.
    }
  }

  private synchronized void send(BoxFrame frame) throws IOException {
    boxOut.write(frame.encode());
    boxOut.flush();
  }
}
