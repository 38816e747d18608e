package vn.tiepdon.citizenid.chip.software;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.chip.CardRemovedException;
import vn.tiepdon.citizenid.chip.ChipTransport;

/**
 * Puts a {@link ChipTransport} (the software chip) on a real PC/SC reader: pcsc-lite's {@code vpcd}
 * driver from vsmartcard (Debian {@code vsmartcard-vpcd}) listens on TCP port 35963 for a virtual
 * card, and this class is that card. The kiosk's PC/SC path — {@code javax.smartcardio}, pcscd,
 * scuba's {@code TerminalCardService}, JMRTD — then runs unchanged against a made-up citizen's
 * chip, in the integration tests and on a lab bench without a physical card.
 *
 * <p>The vpcd protocol: every message is a two-byte big-endian length and a payload. A one-byte
 * payload is a control code (0 power off, 1 power on, 2 reset, 4 send the ATR); anything longer is
 * a command APDU, answered with the response APDU.
 */
public final class VpcdCard implements Closeable {
  /** The port vpcd's default {@code /etc/reader.conf.d/vpcd} listens on (0x8C7B). */
  public static final int DEFAULT_PORT = 35963;

  /**
   * An ISO 14443-4 card with no historical bytes, as PC/SC Part 3 builds it for a contactless card:
   * TS 3B, T0 80, TD1 80, TD2 01, TCK 01.
   */
  static final byte[] CONTACTLESS_ATR = HexFormat.of().parseHex("3B80800101");

  private static final Logger LOG = LoggerFactory.getLogger(VpcdCard.class);
  private static final int POWER_OFF = 0;
  private static final int POWER_ON = 1;
  private static final int RESET = 2;
  private static final int GET_ATR = 4;
  private static final byte[] SW_NO_CARD = {0x6A, (byte) 0x82};

  private final ChipTransport chip;
  private final Socket socket;
  private final Thread worker;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile int apdus;

  private VpcdCard(ChipTransport chip, Socket socket) {
    this.chip = chip;
    this.socket = socket;
    this.worker = new Thread(this::serve, "vpcd-card");
    worker.setDaemon(true);
  }

  /**
   * Inserts {@code chip} into the vpcd reader at {@code host:port}: pcscd then reports a card
   * present until {@link #close()} takes it out.
   *
   * @throws IOException if vpcd is not listening there (pcscd not running or vpcd not installed)
   */
  public static VpcdCard insert(ChipTransport chip, String host, int port) throws IOException {
    Objects.requireNonNull(chip, "chip");
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), 2_000);
      socket.setTcpNoDelay(true);
    } catch (IOException e) {
      socket.close();
      throw new IOException(
          "no vpcd reader at "
              + host
              + ":"
              + port
              + " (is pcscd running with vsmartcard-vpcd installed?): "
              + e.getMessage(),
          e);
    }
    VpcdCard card = new VpcdCard(chip, socket);
    card.worker.start();
    return card;
  }

  /** Command APDUs answered so far. */
  public int apdus() {
    return apdus;
  }

  /** Waits until the reader side hangs up or the card is taken out. */
  public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    return ended.await(timeout, unit);
  }

  /** Takes the card out of the reader. */
  @Override
  public void close() throws IOException {
    socket.close();
    try {
      worker.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve() {
    try (DataInputStream in = new DataInputStream(socket.getInputStream());
        DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
      while (true) {
        byte[] message = new byte[in.readUnsignedShort()];
        in.readFully(message);
        if (message.length == 1) {
          control(message[0], out);
        } else {
          reply(out, transmit(message));
        }
      }
    } catch (EOFException | SocketException e) {
      LOG.debug("vpcd card out of the reader: {}", e.getMessage());
    } catch (IOException e) {
      LOG.warn("vpcd link failed: {}", e.getMessage());
    } finally {
      chip.close();
      ended.countDown();
    }
  }

  private void control(byte code, DataOutputStream out) throws IOException {
    switch (code) {
      case POWER_ON, RESET -> chip.connect();
      case GET_ATR -> reply(out, CONTACTLESS_ATR);
      case POWER_OFF -> {
        // The chip forgets its session at the next power on.
      }
      default -> LOG.warn("vpcd sent an unknown control code {}", code);
    }
  }

  private byte[] transmit(byte[] command) throws IOException {
    apdus++;
    try {
      return chip.transmit(command);
    } catch (CardRemovedException e) {
      // pcscd must get an answer; a missing file status makes the reading code stop cleanly.
      return SW_NO_CARD.clone();
    }
  }

  private static void reply(DataOutputStream out, byte[] payload) throws IOException {
    out.writeShort(payload.length);
    out.write(payload);
    out.flush();
  }
}
