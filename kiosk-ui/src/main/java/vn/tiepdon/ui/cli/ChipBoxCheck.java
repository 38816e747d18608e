package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.card.ApduChannel;
import vn.tiepdon.devices.card.CardChannelException;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.card.UntrustedCardData;
import vn.tiepdon.devices.chipbox.serial.ChipBoxConfig;
import vn.tiepdon.devices.chipbox.serial.SerialChipBox;
import vn.tiepdon.devices.config.CardReaderSettings;

/**
 * {@code devices test --chip-box}: opens a serial chip-reader box, checks that the box itself
 * answers (PING), waits for one card and shows what came: for an APDU-tunnel box the ATR and the
 * status word of SELECT of the eMRTD application (the first command JMRTD sends), for a parsed-data
 * box a summary of the checked document (ID masked unless asked). Rejected documents go to stderr.
 */
final class ChipBoxCheck {
  /** SELECT by AID A0 00 00 02 47 10 01 (ICAO 9303 LDS1 eMRTD application), no response data. */
  static final byte[] SELECT_EMRTD = HexFormat.of().parseHex("00a4040c07a0000002471001");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<HealthReason> WRONG_PORT =
      EnumSet.of(
          HealthReason.PORT_NOT_FOUND, HealthReason.PORT_AMBIGUOUS, HealthReason.PORT_OPEN_FAILED);

  private final CardReaderSettings settings;
  private final String where;
  private final int timeoutSeconds;
  private final boolean unmasked;

  ChipBoxCheck(CardReaderSettings settings, String where, int timeoutSeconds, boolean unmasked) {
    this.settings = settings;
    this.where = where;
    this.timeoutSeconds = timeoutSeconds;
    this.unmasked = unmasked;
  }

  ObjectNode run(PrintWriter err) throws InterruptedException {
    ChipBoxConfig config =
        new ChipBoxConfig(
            DeviceId.of(DeviceKind.CHIP_READER, "test"),
            settings.serial().selector(),
            settings.serial().line(),
            Duration.ofMillis(200),
            settings.responseTimeout(),
            settings.interByteTimeout(),
            settings.extendedLength(),
            settings.maxFaceBytes());
    return settings.serialParsed() ? parsed(config, err) : tunnel(config);
  }

  private ObjectNode tunnel(ChipBoxConfig config) throws InterruptedException {
    BlockingQueue<CardHandle<ApduChannel>> cards = new LinkedBlockingQueue<>();
    long started = System.nanoTime();
    try (SerialChipBox<ApduChannel> box = SerialChipBox.apduTunnel(config, Clock.systemUTC())) {
      box.start(new Queueing<>(cards));
      ObjectNode root = answered(box, started);
      long waitFrom = System.nanoTime();
      CardHandle<ApduChannel> card = cards.poll(timeoutSeconds, TimeUnit.SECONDS);
      if (card == null) {
        throw new BadInputException(
            "no card placed on the box within " + timeoutSeconds + " s on " + where);
      }
      root.put("waitedMs", millisSince(waitFrom));
      root.put("atr", HexFormat.of().formatHex(card.card().atr()));
      try {
        byte[] response = card.card().transceive(SELECT_EMRTD);
        int sw =
            ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
        root.put("selectEmrtdApplication", String.format("%04X", sw));
        root.put("emrtd", sw == 0x9000);
      } catch (CardChannelException e) {
        throw new BadInputException(
            "the card did not answer SELECT through the box: " + e.getMessage());
      }
      return root;
    }
  }

  private ObjectNode parsed(ChipBoxConfig config, PrintWriter err) throws InterruptedException {
    BlockingQueue<CardHandle<UntrustedCardData>> cards = new LinkedBlockingQueue<>();
    long started = System.nanoTime();
    try (SerialChipBox<UntrustedCardData> box =
        SerialChipBox.parsedData(config, Clock.systemUTC())) {
      box.onRejected(
          e -> {
            err.println("tiepdon: card document rejected: " + e.getMessage());
            err.flush();
          });
      box.start(new Queueing<>(cards));
      ObjectNode root = answered(box, started);
      long waitFrom = System.nanoTime();
      CardHandle<UntrustedCardData> card = cards.poll(timeoutSeconds, TimeUnit.SECONDS);
      if (card == null) {
        throw new BadInputException(
            "no valid card document from the box within "
                + timeoutSeconds
                + " s on "
                + where
                + (box.rejectedDocuments() > 0
                    ? " (" + box.rejectedDocuments() + " rejected, see above)"
                    : ""));
      }
      UntrustedCardData data = card.card();
      root.put("waitedMs", millisSince(waitFrom));
      root.put("trusted", false);
      root.put("idNumber", unmasked ? data.idNumber() : data.maskedIdNumber());
      root.put("masked", !unmasked);
      if (unmasked) {
        root.put("fullName", data.fullName());
      }
      root.put("qr", data.qrText().isPresent());
      byte[] face = data.faceImage();
      root.put("faceBytes", face.length);
      java.util.Arrays.fill(face, (byte) 0);
      return root;
    }
  }

  private ObjectNode answered(SerialChipBox<?> box, long started) throws InterruptedException {
    long deadline = started + TimeUnit.SECONDS.toNanos(2) + settings.responseTimeout().toNanos();
    while (System.nanoTime() < deadline) {
      DeviceHealth health = box.health();
      if (health.state() == HealthState.UP) {
        ObjectNode root = JSON.createObjectNode();
        root.put("port", where);
        root.put("mode", settings.type());
        root.put("answeredMs", millisSince(started));
        return root;
      }
      if (WRONG_PORT.contains(health.reason())) {
        throw new BadInputException(where + ": " + health.detail());
      }
      Thread.sleep(10);
    }
    DeviceHealth health = box.health();
    throw new BadInputException(
        where
            + ": the box does not answer PING ("
            + health.state()
            + " "
            + health.reason()
            + (health.detail().isEmpty() ? "" : ": " + health.detail())
            + ")");
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }

  private static final class Queueing<T> implements CardListener<T> {
    private final BlockingQueue<CardHandle<T>> cards;

    Queueing(BlockingQueue<CardHandle<T>> cards) {
      this.cards = cards;
    }

    @Override
    public void placed(CardHandle<T> card) {
      cards.add(card);
    }

    @Override
    public void removed(CardHandle<T> card) {}
  }
}
