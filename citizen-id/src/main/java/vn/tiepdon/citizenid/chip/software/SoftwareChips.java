package vn.tiepdon.citizenid.chip.software;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.scuba.data.Gender;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.citizenid.chip.BacKey;
import vn.tiepdon.citizenid.chip.ChipCitizenData;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;

/**
 * Issues software chips for made-up citizens: EF.CardAccess as CCCDs carry it, EF.COM, DG1 (the
 * CCCD-style TD1 MRZ), DG2 (the face), DG13 (Vietnamese data) and an SOD over their SHA-256 hashes
 * signed by the issuer's document signer.
 */
public final class SoftwareChips {
  /** EF.CardAccess as several Vietnamese apps hard-code it for CCCD (cccd.md 3.4). */
  static final byte[] CCCD_CARD_ACCESS =
      HexFormat.of()
          .parseHex(
              "3134300d060804007f0007020202020101300f060a04007f000702020302020201013012060a04007f0007020204020202010202010d");

  private static final Provider BC = new BouncyCastleProvider();
  private static final String DIGEST = "SHA-256";
  private static final String SIGNATURE = "SHA256withECDSA";

  private SoftwareChips() {}

  /** The chip of a made-up citizen's card (demo, CLI, tests). */
  public static SoftwareChip issue(MadeUpCitizen citizen, TestIssuer issuer, ChipIssue how) {
    return issue(citizen.card(), issuer, how);
  }

  /** A chip for {@code card} whose DG13 is what the card's own data implies. */
  public static SoftwareChip issue(CitizenCard card, TestIssuer issuer, ChipIssue how) {
    return issue(card, dg13Of(card), issuer, how);
  }

  /** A chip for {@code card} with the given DG13 data (e.g. to disagree with the card's QR). */
  public static SoftwareChip issue(
      CitizenCard card, ChipCitizenData dg13, TestIssuer issuer, ChipIssue how) {
    Map<Integer, byte[]> groups = new LinkedHashMap<>();
    groups.put(1, dg1(card));
    groups.put(2, dg2(how.face(), card.sex()));
    groups.put(13, Dg13Encoder.encode(dg13));
    Optional<BigInteger> chipKey = Optional.empty();
    if (how.chipAuthentication()) {
      KeyPair keys = chipAuthenticationKeys();
      groups.put(14, dg14(keys.getPublic()));
      // A clone has the files of the genuine chip but not its private key.
      PrivateKey held = how.cloned() ? chipAuthenticationKeys().getPrivate() : keys.getPrivate();
      chipKey = Optional.of(((ECPrivateKey) held).getS());
    }
    byte[] sod = sod(groups, issuer);
    how.tamper().ifPresent(group -> tamper(group, groups, card, dg13));
    Map<Integer, byte[]> files = new LinkedHashMap<>();
    groups.forEach((n, bytes) -> files.put(ChipFiles.dataGroupFid(n), bytes));
    files.put(
        ChipFiles.EF_COM,
        new COMFile(
                "1.7",
                "4.0.0",
                how.chipAuthentication()
                    ? new int[] {0x61, 0x75, 0x6D, 0x6E}
                    : new int[] {0x61, 0x75, 0x6D})
            .getEncoded());
    files.put(ChipFiles.EF_SOD, sod);
    ChipFiles chipFiles =
        new ChipFiles(how.pace() ? Optional.of(CCCD_CARD_ACCESS.clone()) : Optional.empty(), files);
    BacKey key = new BacKey(card.id().documentNumber(), card.dateOfBirth(), CccdMrz.expiryOf(card));
    return new SoftwareChip(
        chipFiles, key, card.id().cardAccessNumber(), chipKey, new SecureRandom());
  }

  /** The DG13 a card's own data implies, with made-up values for what the QR does not hold. */
  public static ChipCitizenData dg13Of(CitizenCard card) {
    return new ChipCitizenData(
        card.id(),
        card.fullName(),
        card.dateOfBirth(),
        card.sex(),
        Optional.of("Việt Nam"),
        Optional.of("Kinh"),
        Optional.of("Không"),
        Optional.of(card.address()),
        card.address(),
        Optional.of("Nốt ruồi C:1cm trên trước mép phải"),
        card.issueDate(),
        card.expiryDate(),
        Optional.of("Nguyễn Văn Phúc"),
        Optional.of("Lê Thị Hạnh"),
        Optional.empty(),
        card.oldId().filter(old -> old.length() == 9),
        Optional.empty());
  }

  private static void tamper(
      ChipIssue.TamperedGroup group,
      Map<Integer, byte[]> groups,
      CitizenCard card,
      ChipCitizenData dg13) {
    switch (group) {
      case DG2 -> groups.put(2, substitutePhoto(groups.get(2), card.sex()));
      case DG13 -> groups.put(13, Dg13Encoder.encode(withName(dg13, "Phạm Văn Giả")));
    }
  }

  /** Another face, whatever face the chip was issued with: a substitution must change DG2. */
  private static byte[] substitutePhoto(byte[] issued, Sex sex) {
    byte[] substitute = dg2(FaceImageFile.drawn(new Color(0x8D5524)), sex);
    return java.util.Arrays.equals(substitute, issued)
        ? dg2(FaceImageFile.drawn(new Color(0x3C2E28)), sex)
        : substitute;
  }

  private static ChipCitizenData withName(ChipCitizenData d, String name) {
    return new ChipCitizenData(
        d.id(),
        name,
        d.dateOfBirth(),
        d.sex(),
        d.nationality(),
        d.ethnicity(),
        d.religion(),
        d.placeOfOrigin(),
        d.address(),
        d.identifyingMarks(),
        d.issueDate(),
        d.expiryDate(),
        d.fatherName(),
        d.motherName(),
        d.spouseName(),
        d.oldId(),
        d.field16());
  }

  private static KeyPair chipAuthenticationKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
      generator.initialize(new ECGenParameterSpec("brainpoolP256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a brainpoolP256r1 key pair", e);
    }
  }

  private static byte[] dg14(PublicKey chipKey) {
    return new DG14File(
            List.of(
                new ChipAuthenticationPublicKeyInfo(chipKey),
                new ChipAuthenticationInfo(ChipAuthenticationResponder.PROTOCOL_OID, 1)))
        .getEncoded();
  }

  private static byte[] dg1(CitizenCard card) {
    return new DG1File(new MRZInfo(CccdMrz.of(card))).getEncoded();
  }

  private static byte[] dg2(FaceImageFile face, Sex sex) {
    try {
      byte[] image = face.bytes();
      FaceImageInfo info =
          new FaceImageInfo(
              sex == Sex.MALE ? Gender.MALE : Gender.FEMALE,
              FaceImageInfo.EyeColor.UNSPECIFIED,
              0,
              FaceImageInfo.HAIR_COLOR_UNSPECIFIED,
              FaceImageInfo.EXPRESSION_UNSPECIFIED,
              new int[3],
              new int[3],
              FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL,
              FaceImageInfo.IMAGE_COLOR_SPACE_RGB24,
              FaceImageInfo.SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAM,
              0,
              0,
              new FaceImageInfo.FeaturePoint[0],
              face.width(),
              face.height(),
              new ByteArrayInputStream(image),
              image.length,
              face.jpeg2000()
                  ? FaceImageInfo.IMAGE_DATA_TYPE_JPEG2000
                  : FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
      return new DG2File(List.of(new FaceInfo(List.of(info)))).getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode DG2", e);
    }
  }

  private static byte[] sod(Map<Integer, byte[]> groups, TestIssuer issuer) {
    try {
      Map<Integer, byte[]> hashes = new LinkedHashMap<>();
      for (Map.Entry<Integer, byte[]> group : groups.entrySet()) {
        hashes.put(group.getKey(), MessageDigest.getInstance(DIGEST).digest(group.getValue()));
      }
      return new SODFile(DIGEST, SIGNATURE, hashes, issuer.signerKey(), issuer.documentSigner())
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the SOD", e);
    }
  }
}
