package vn.tiepdon.citizenid.chip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.scuba.smartcards.APDUListener;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.LDSFileUtil;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.CitizenCard;

/**
 * Reads a CCCD chip with JMRTD over any scuba {@link CardService}: PACE with the CAN when
 * EF.CardAccess offers it, else BAC with the MRZ key; then EF.COM, DG14 and Chip Authentication
 * when EF.COM lists DG14, DG1, DG13, DG2, DG15 when listed, the SOD; then passive authentication
 * and the chip/QR cross-check.
 *
 * <p>Short file identifiers and, when the card service allows, extended-length reads keep a file to
 * two READ BINARY commands. The caller owns the card service and closes it.
 */
public final class ChipReader {
  private static final Logger LOG = LoggerFactory.getLogger(ChipReader.class);

  /** Big enough for any CCCD file in one read, small enough for its protected response. */
  private static final int EXTENDED_BLOCK = 0xFF00;

  /** CCCD cards without expiry print this in the MRZ, per one vendor sample (not confirmed). */
  private static final java.time.LocalDate NO_EXPIRY = java.time.LocalDate.of(2099, 12, 31);

  private final PassiveAuthenticator authenticator;

  public ChipReader(CscaTrustStore trust, Clock clock) {
    this.authenticator = new PassiveAuthenticator(trust, clock);
  }

  /** Reads the chip of the card whose QR was scanned, and compares the two. */
  public ChipReading read(CardService card, CitizenCard qr) throws ChipReadException {
    return read(card, ChipAccess.of(qr), Optional.of(qr));
  }

  /** Reads through a transport (serial reader box, software chip). */
  public ChipReading read(ChipTransport transport, CitizenCard qr) throws ChipReadException {
    return read(new TransportCardService(transport), qr);
  }

  /**
   * @param qr the card as its QR states it, to compare with; empty to skip the comparison
   * @throws ChipReadException with the {@link ChipFailure} that stopped the read
   */
  public ChipReading read(CardService card, ChipAccess access, Optional<CitizenCard> qr)
      throws ChipReadException {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(access, "access");
    AtomicInteger apdus = new AtomicInteger();
    // JMRTD also reports its own (unwrapped) view of each APDU to the same listeners.
    APDUListener counter =
        event -> {
          if (event.getSource() == card) {
            apdus.incrementAndGet();
          }
        };
    card.addAPDUListener(counter);
    boolean extended = card.isExtendedAPDULengthSupported();
    PassportService passport =
        new PassportService(
            card,
            PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
            extended
                ? PassportService.EXTENDED_MAX_TRANCEIVE_LENGTH
                : PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
            extended ? EXTENDED_BLOCK : PassportService.DEFAULT_MAX_BLOCKSIZE,
            true,
            true);
    int block = extended ? EXTENDED_BLOCK : PassportService.DEFAULT_MAX_BLOCKSIZE;
    try {
      passport.open();
      AccessMethod method = openSecureChannel(passport, access, block);
      List<Integer> listed = listedDataGroups(passport, block);
      Map<Integer, byte[]> groups = new TreeMap<>();
      ChipAuthentication chipAuthentication = ChipAuthentication.NOT_OFFERED;
      if (listed.contains(14)) {
        groups.put(14, read(passport, PassportService.EF_DG14, block));
        chipAuthentication = chipAuthenticate(passport, groups.get(14));
      }
      byte[] sod;
      try {
        readDataGroups(passport, block, listed, groups);
        sod = read(passport, PassportService.EF_SOD, block);
      } catch (CardServiceException | IOException e) {
        if (chipAuthentication == ChipAuthentication.PASSED && !passport.isConnectionLost(e)) {
          throw new ChipReadException(
              ChipFailure.CLONED,
              "secure messaging failed right after Chip Authentication: the chip lacks the private"
                  + " key of its DG14 ("
                  + e.getMessage()
                  + ")",
              e);
        }
        throw e;
      }
      PassiveAuthentication verdict = authenticator.verify(sod, groups);
      ChipCitizenData citizen = Dg13Parser.parse(groups.get(13));
      String documentNumber =
          new DG1File(new ByteArrayInputStream(groups.get(1))).getMRZInfo().getDocumentNumber();
      BufferedImage face = face(groups.get(2));
      List<ChipMismatch> mismatches =
          qr.map(card1 -> ChipQrCrossCheck.compare(card1, citizen, documentNumber))
              .orElse(List.of());
      LOG.info(
          "chip {} read with {} in {} APDUs: {}, {} mismatch(es)",
          citizen.id().masked(),
          method,
          apdus.get(),
          verdict.verdict(),
          mismatches.size());
      return new ChipReading(
          method,
          chipAuthentication,
          verdict,
          citizen,
          face,
          mismatches,
          new ArrayList<>(groups.keySet()),
          apdus.get());
    } catch (CardServiceException | IOException e) {
      throw failure(passport, e, "reading the chip failed after " + apdus.get() + " APDUs");
    } catch (MalformedChipDataException | IllegalArgumentException e) {
      throw new ChipReadException(
          ChipFailure.MALFORMED, "chip data malformed: " + e.getMessage(), e);
    } finally {
      card.removeAPDUListener(counter);
    }
  }

  private AccessMethod openSecureChannel(PassportService passport, ChipAccess access, int block)
      throws ChipReadException {
    Optional<PACEInfo> pace = paceInfo(passport, block);
    try {
      if (pace.isPresent()) {
        PACEInfo info = pace.get();
        passport.doPACE(
            PACEKeySpec.createCANKey(access.can()),
            info.getObjectIdentifier(),
            PACEInfo.toParameterSpec(info.getParameterId()),
            info.getParameterId());
        passport.sendSelectApplet(true);
        return AccessMethod.PACE;
      }
      passport.sendSelectApplet(false);
      BacKey key =
          access
              .bacKey()
              .orElse(new BacKey(access.documentNumber(), access.dateOfBirth(), NO_EXPIRY));
      passport.doBAC(
          new org.jmrtd.BACKey(key.documentNumber(), key.birthDateText(), key.expiryDateText()));
      return AccessMethod.BAC;
    } catch (CardServiceException e) {
      if (isAuthenticationFailure(e.getSW()) && !passport.isConnectionLost(e)) {
        throw new ChipReadException(
            ChipFailure.WRONG_KEY,
            (pace.isPresent() ? "PACE" : "BAC") + " refused the key from the QR for " + access,
            e);
      }
      throw failure(passport, e, (pace.isPresent() ? "PACE" : "BAC") + " failed");
    }
  }

  /** PACE parameters from EF.CardAccess; empty when the chip has none (BAC only). */
  private static Optional<PACEInfo> paceInfo(PassportService passport, int block)
      throws ChipReadException {
    try (InputStream in = passport.getInputStream(PassportService.EF_CARD_ACCESS, block)) {
      for (SecurityInfo info : new CardAccessFile(in).getSecurityInfos()) {
        if (info instanceof PACEInfo pace) {
          return Optional.of(pace);
        }
      }
      return Optional.empty();
    } catch (CardServiceException | IOException e) {
      if (passport.isConnectionLost(e)) {
        throw failure(passport, e, "card removed while reading EF.CardAccess");
      }
      return Optional.empty();
    }
  }

  private static List<Integer> listedDataGroups(PassportService passport, int block)
      throws CardServiceException, IOException {
    COMFile com =
        new COMFile(new ByteArrayInputStream(read(passport, PassportService.EF_COM, block)));
    List<Integer> listed = new ArrayList<>();
    for (int tag : com.getTagList()) {
      listed.add(LDSFileUtil.lookupDataGroupNumberByTag(tag));
    }
    return listed;
  }

  private static void readDataGroups(
      PassportService passport, int block, List<Integer> listed, Map<Integer, byte[]> groups)
      throws CardServiceException, IOException {
    for (int n : new int[] {1, 13, 2, 15}) {
      boolean required = n == 1 || n == 2 || n == 13;
      if (required || listed.contains(n)) {
        groups.put(n, read(passport, (short) (0x0100 + n), block));
      }
    }
  }

  /**
   * Chip Authentication with the key in DG14 (Doc 9303-11, 6.2): secure messaging restarts with
   * keys only the holder of DG14's private key can derive, so the next read exposes a clone. DG14
   * itself is covered by passive authentication.
   */
  private static ChipAuthentication chipAuthenticate(PassportService passport, byte[] dg14)
      throws CardServiceException, IOException {
    ChipAuthenticationPublicKeyInfo key = null;
    ChipAuthenticationInfo protocol = null;
    for (SecurityInfo info : new DG14File(new ByteArrayInputStream(dg14)).getSecurityInfos()) {
      if (info instanceof ChipAuthenticationPublicKeyInfo k) {
        key = k;
      } else if (info instanceof ChipAuthenticationInfo p) {
        protocol = p;
      }
    }
    if (key == null) {
      return ChipAuthentication.NOT_OFFERED;
    }
    passport.doEACCA(
        key.getKeyId(),
        protocol == null ? null : protocol.getObjectIdentifier(),
        key.getObjectIdentifier(),
        key.getSubjectPublicKey());
    return ChipAuthentication.PASSED;
  }

  private static byte[] read(PassportService passport, short fid, int block)
      throws CardServiceException, IOException {
    try (InputStream in = passport.getInputStream(fid, block)) {
      return in.readAllBytes();
    }
  }

  private static BufferedImage face(byte[] dg2) throws IOException {
    DG2File file = new DG2File(new ByteArrayInputStream(dg2));
    if (file.getFaceInfos().isEmpty() || file.getFaceInfos().get(0).getFaceImageInfos().isEmpty()) {
      throw new MalformedChipDataException("DG2 holds no face image");
    }
    FaceImageInfo image = file.getFaceInfos().get(0).getFaceImageInfos().get(0);
    try (InputStream in = image.getImageInputStream()) {
      return FaceImageDecoder.decode(in.readAllBytes());
    }
  }

  private static boolean isAuthenticationFailure(int sw) {
    return sw == 0x6300 || (sw & 0xFFF0) == 0x63C0 || sw == 0x6982;
  }

  private static ChipReadException failure(PassportService passport, Exception e, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoReaderException) {
        return new ChipReadException(ChipFailure.NO_READER, what + ": " + t.getMessage(), e);
      }
    }
    if (passport.isConnectionLost(e)) {
      return new ChipReadException(ChipFailure.CARD_REMOVED, what + ": card removed", e);
    }
    return new ChipReadException(ChipFailure.MALFORMED, what + ": " + e.getMessage(), e);
  }
}
