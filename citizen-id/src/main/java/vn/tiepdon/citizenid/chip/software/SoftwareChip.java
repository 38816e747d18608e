package vn.tiepdon.citizenid.chip.software;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.sf.scuba.smartcards.CommandAPDU;
import vn.tiepdon.citizenid.chip.BacKey;
import vn.tiepdon.citizenid.chip.CardRemovedException;
import vn.tiepdon.citizenid.chip.ChipTransport;

/**
 * A software ICAO 9303 LDS1 chip at APDU level: SELECT, READ BINARY (short file identifiers, odd
 * INS B1 for offsets above 32767, extended length), GET CHALLENGE and MUTUAL AUTHENTICATE for BAC
 * with 3DES secure messaging, MSE:Set AT and GENERAL AUTHENTICATE for PACE-CAN with AES secure
 * messaging. The application's files are readable only over secure messaging; EF.CardAccess is
 * readable in the clear. A plain command ends secure messaging, a protected command that fails its
 * checks ends it with 6988, as Doc 9303 Part 11 9.8.6 requires.
 *
 * <p>It can be "taken off the reader" after a number of commands, to test card removal.
 */
public final class SoftwareChip implements ChipTransport {
  static final byte[] LDS1_AID = HexFormat.of().parseHex("A0000002471001");
  private static final int SW_OK = 0x9000;

  /** Keeps a protected response's DO'87 within a two-byte length. */
  private static final int MAX_CHUNK = 0xFF00;

  private final ChipFiles files;
  private final BacResponder bac;
  private final PaceResponder pace;
  private final Optional<ChipAuthenticationResponder> chipAuthentication;
  private SecureChannel channel;
  private boolean applicationSelected;
  private int selectedFid = -1;
  private int commands;
  private int removeAfter = -1;
  private boolean removed;
  private boolean shortApdusOnly;

  /**
   * @param bacKey the MRZ key the chip accepts for BAC
   * @param can the card access number the chip accepts for PACE (used only if EF.CardAccess is
   *     present)
   */
  public SoftwareChip(ChipFiles files, BacKey bacKey, String can, SecureRandom random) {
    this(files, bacKey, can, Optional.empty(), random);
  }

  /**
   * @param chipAuthenticationKey the private key for Chip Authentication, whose public key DG14
   *     should carry; empty for a chip without it
   */
  public SoftwareChip(
      ChipFiles files,
      BacKey bacKey,
      String can,
      Optional<BigInteger> chipAuthenticationKey,
      SecureRandom random) {
    this.chipAuthentication = chipAuthenticationKey.map(ChipAuthenticationResponder::new);
    this.files = Objects.requireNonNull(files, "files");
    this.bac = new BacResponder(bacKey, random);
    this.pace = new PaceResponder(can, random);
  }

  /** The card leaves the field when the terminal sends its next command after {@code count}. */
  public synchronized void removeAfter(int count) {
    removeAfter = commands + count;
  }

  /** Behaves like a chip or reader without extended length: such APDUs are refused with 6700. */
  public synchronized SoftwareChip shortApdusOnly() {
    shortApdusOnly = true;
    return this;
  }

  /** Commands received since power-up, including the one that found the card removed. */
  public synchronized int commandsReceived() {
    return commands;
  }

  @Override
  public synchronized void connect() throws CardRemovedException {
    if (removed) {
      throw new CardRemovedException("software chip was removed from the field");
    }
    channel = null;
    applicationSelected = false;
    selectedFid = -1;
  }

  @Override
  public synchronized byte[] transmit(byte[] commandApdu) throws CardRemovedException {
    commands++;
    if (removed || (removeAfter >= 0 && commands > removeAfter)) {
      removed = true;
      throw new CardRemovedException("software chip left the field at command " + commands);
    }
    boolean extended = commandApdu.length > 5 && commandApdu[4] == 0;
    if (shortApdusOnly && extended) {
      return status(0x6700);
    }
    CommandAPDU command;
    try {
      command = new CommandAPDU(commandApdu);
    } catch (IllegalArgumentException e) {
      return status(0x6700);
    }
    return SecureChannel.isProtected(command) ? protectedResponse(command) : plainResponse(command);
  }

  @Override
  public synchronized boolean supportsExtendedLength() {
    return !shortApdusOnly;
  }

  @Override
  public void close() {
    // Nothing to release: the chip lives in memory.
  }

  private byte[] protectedResponse(CommandAPDU command) {
    if (channel == null) {
      return status(0x6988);
    }
    SecureChannel current = channel;
    CommandAPDU plain;
    try {
      plain = current.unwrap(command);
    } catch (SecureMessagingException e) {
      channel = null;
      return status(0x6988);
    }
    Response response = process(plain, true);
    byte[] wrapped =
        current.wrap(response.data(), response.statusWord(), (plain.getINS() & 1) == 1);
    response.opens().ifPresent(opened -> channel = opened);
    return wrapped;
  }

  private byte[] plainResponse(CommandAPDU command) {
    channel = null;
    Response response = process(command, false);
    response.opens().ifPresent(opened -> channel = opened);
    return Bytes.concat(response.data(), status(response.statusWord()));
  }

  private Response process(CommandAPDU command, boolean secured) {
    try {
      return switch (command.getINS()) {
        case 0xA4 -> select(command, secured);
        case 0xB0, 0xB1 -> readBinary(command, secured);
        case 0x84 -> Response.of(bac.challenge());
        case 0x82 -> mutualAuthenticate(command);
        case 0x22 -> setAuthenticationTemplate(command, secured);
        case 0x86 -> generalAuthenticate(command);
        default -> Response.error(0x6D00);
      };
    } catch (MalformedApduException e) {
      return Response.error(0x6A80);
    }
  }

  private Response select(CommandAPDU command, boolean secured) {
    byte[] data = command.getData();
    if (command.getP1() == 0x04) {
      if (!Arrays.equals(data, LDS1_AID)) {
        return Response.error(0x6A82);
      }
      applicationSelected = true;
      selectedFid = -1;
      return Response.ok();
    }
    if (data.length != 2 || (command.getP1() != 0x00 && command.getP1() != 0x02)) {
      return Response.error(0x6A86);
    }
    int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
    if (fid == 0x3F00) {
      applicationSelected = false;
      selectedFid = -1;
      return Response.ok();
    }
    Optional<byte[]> file = file(fid);
    if (file.isEmpty()) {
      return Response.error(0x6A82);
    }
    if (applicationSelected && !secured) {
      return Response.error(0x6982);
    }
    selectedFid = fid;
    return Response.ok();
  }

  private Response readBinary(CommandAPDU command, boolean secured) {
    int p1 = command.getP1();
    int offset;
    if (command.getINS() == 0xB1) {
      Map<Integer, byte[]> objects = Tlv.parse(command.getData());
      byte[] offsetObject = objects.get(0x54);
      if (offsetObject == null || offsetObject.length == 0 || offsetObject.length > 3) {
        return Response.error(0x6A80);
      }
      offset = new java.math.BigInteger(1, offsetObject).intValue();
    } else if ((p1 & 0x80) != 0) {
      int fid = ChipFiles.fidOfShortId(p1 & 0x1F);
      if (file(fid).isEmpty()) {
        return Response.error(0x6A82);
      }
      selectedFid = fid;
      offset = command.getP2();
    } else {
      offset = ((p1 & 0x7F) << 8) | command.getP2();
    }
    if (applicationSelected && !secured) {
      return Response.error(0x6982);
    }
    Optional<byte[]> file = selectedFid < 0 ? Optional.empty() : file(selectedFid);
    if (file.isEmpty()) {
      return Response.error(0x6986);
    }
    byte[] content = file.get();
    if (offset > content.length) {
      return Response.error(0x6B00);
    }
    int wanted = Math.min(MAX_CHUNK, command.getNe() == 0 ? 256 : command.getNe());
    if (command.getINS() == 0xB1) {
      // Ne counts the DO'53 tag and length around the data too.
      wanted -= wanted <= 129 ? 2 : wanted <= 258 ? 3 : 4;
    }
    byte[] chunk = Arrays.copyOfRange(content, offset, Math.min(content.length, offset + wanted));
    return Response.of(command.getINS() == 0xB1 ? Bytes.tlv(0x53, chunk) : chunk);
  }

  private Optional<byte[]> file(int fid) {
    if (!applicationSelected) {
      return fid == ChipFiles.EF_CARD_ACCESS ? files.cardAccess() : Optional.empty();
    }
    return Optional.ofNullable(files.applicationFiles().get(fid));
  }

  private Response mutualAuthenticate(CommandAPDU command) {
    return bac.mutualAuthenticate(command.getData())
        .map(done -> new Response(done.response(), SW_OK, Optional.of(done.channel())))
        .orElse(Response.error(0x6300));
  }

  private Response setAuthenticationTemplate(CommandAPDU command, boolean secured) {
    if (command.getP1() == 0x41 && command.getP2() == 0xA4) {
      return setChipAuthenticationTemplate(command, secured);
    }
    if (command.getP1() != 0xC1 || command.getP2() != 0xA4 || files.cardAccess().isEmpty()) {
      return Response.error(0x6A86);
    }
    Map<Integer, byte[]> objects = Tlv.parse(command.getData());
    byte[] protocol = objects.get(0x80);
    byte[] keyReference = objects.get(0x83);
    boolean ours =
        protocol != null
            && Arrays.equals(Bytes.tlv(0x06, protocol), oidBytes(PaceResponder.PROTOCOL_OID))
            && keyReference != null
            && keyReference.length == 1
            && keyReference[0] == PaceResponder.CAN_KEY_REFERENCE;
    if (!ours) {
      return Response.error(0x6A80);
    }
    pace.start();
    return Response.ok();
  }

  private Response setChipAuthenticationTemplate(CommandAPDU command, boolean secured) {
    if (!secured || chipAuthentication.isEmpty()) {
      return Response.error(secured ? 0x6A80 : 0x6982);
    }
    byte[] protocol = Tlv.parse(command.getData()).get(0x80);
    if (protocol == null
        || !Arrays.equals(
            Bytes.tlv(0x06, protocol), oidBytes(ChipAuthenticationResponder.PROTOCOL_OID))) {
      return Response.error(0x6A80);
    }
    chipAuthentication.get().start();
    return Response.ok();
  }

  private Response generalAuthenticate(CommandAPDU command) {
    if (chipAuthentication.isPresent() && chipAuthentication.get().started()) {
      byte[] template = Tlv.parse(command.getData()).get(0x7C);
      return Optional.ofNullable(template)
          .flatMap(chipAuthentication.get()::agree)
          .map(opened -> new Response(Bytes.tlv(0x7C, new byte[0]), SW_OK, Optional.of(opened)))
          .orElse(Response.error(0x6A80));
    }
    if (!pace.started()) {
      return Response.error(0x6985);
    }
    byte[] template = Tlv.parse(command.getData()).get(0x7C);
    if (template == null) {
      return Response.error(0x6A80);
    }
    return pace.next(template)
        .map(
            step ->
                new Response(
                    Bytes.tlv(0x7C, step.data()), SW_OK, Optional.ofNullable(step.channel())))
        .orElse(Response.error(0x6300));
  }

  private static byte[] oidBytes(String oid) {
    try {
      return new org.bouncycastle.asn1.ASN1ObjectIdentifier(oid).getEncoded();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot encode " + oid, e);
    }
  }

  private static byte[] status(int sw) {
    return new byte[] {(byte) (sw >> 8), (byte) sw};
  }

  /** Plain response data, status word, and the secure channel the command opened (BAC, PACE). */
  private record Response(byte[] data, int statusWord, Optional<SecureChannel> opens) {
    static Response ok() {
      return of(new byte[0]);
    }

    static Response of(byte[] data) {
      return new Response(data, SW_OK, Optional.empty());
    }

    static Response error(int sw) {
      return new Response(new byte[0], sw, Optional.empty());
    }
  }
}
