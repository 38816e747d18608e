package vn.tiepdon.citizenid.chip.software;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.jmrtd.PassportService;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.CardRemovedException;
import vn.tiepdon.citizenid.chip.TransportCardService;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

/** The chip at APDU level: what it answers before, during and after secure messaging. */
class SoftwareChipTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ISSUER = TestIssuer.generate("TiepDon Test", CLOCK);
  private static final CitizenCard CARD = MadeUpCitizens.asOf(CLOCK).get(2).card();
  private static final ChipIssue HOW = ChipIssue.genuine(FaceImageFile.drawn(Color.PINK));

  private final SoftwareChip chip = SoftwareChips.issue(CARD, ISSUER, HOW);

  private String send(String apdu) throws Exception {
    return HEX.formatHex(chip.transmit(HEX.parseHex(apdu)));
  }

  @Test
  void efCardAccessIsReadableInTheClearByShortFileIdentifier() throws Exception {
    chip.connect();
    String response = send("00B09C0000");

    assertThat(response).endsWith("9000");
    assertThat(response.substring(0, response.length() - 4))
        .isEqualTo(HEX.formatHex(SoftwareChips.CCCD_CARD_ACCESS));
  }

  @Test
  void theApplicationsFilesNeedSecureMessaging() throws Exception {
    chip.connect();
    assertThat(send("00A4040C07A0000002471001")).isEqualTo("9000");
    assertThat(send("00A4020C020101")).isEqualTo("6982");
    assertThat(send("00B0810008")).isEqualTo("6982");
  }

  @Test
  void unknownFilesApplicationsAndInstructionsAreRefused() throws Exception {
    chip.connect();
    assertThat(send("00A4040C07A0000002471002")).isEqualTo("6A82");
    assertThat(send("00A4020C020101")).isEqualTo("6A82");
    assertThat(send("00CA010000")).isEqualTo("6D00");
    assertThat(send("0CB0000000")).isEqualTo("6988");
  }

  @Test
  void aBacChipHasNoCardAccessAndRefusesPace() throws Exception {
    SoftwareChip bacOnly = SoftwareChips.issue(CARD, ISSUER, HOW.withoutPace());
    bacOnly.connect();

    assertThat(HEX.formatHex(bacOnly.transmit(HEX.parseHex("00A4020C02011C")))).isEqualTo("6A82");
    assertThat(
            HEX.formatHex(
                bacOnly.transmit(HEX.parseHex("0022C1A40F800A04007F00070202040202830102"))))
        .isEqualTo("6A86");
  }

  @Test
  void aProtectedCommandWithABadMacEndsSecureMessaging() throws Exception {
    TransportCardService card = new TransportCardService(chip);
    PassportService terminal = new PassportService(card, 256, 223, false, true);
    terminal.open();
    terminal.sendSelectApplet(false);
    terminal.doBAC(
        new org.jmrtd.BACKey(
            CARD.id().documentNumber(),
            CARD.dateOfBirth().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")),
            CARD.expiryDate()
                .orElseThrow()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))));
    assertThat(terminal.getInputStream(PassportService.EF_COM, 223).readAllBytes())
        .startsWith(0x60);

    assertThat(send("0CB000000D970108" + "8E080011223344556677" + "00")).isEqualTo("6988");
    assertThat(send("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")).isEqualTo("6988");
    // The session is over: even a correctly protected command is now refused.
    assertThatThrownBy(() -> terminal.getInputStream(PassportService.EF_DG1, 223).readAllBytes())
        .hasMessage("Could not select file");
  }

  @Test
  void aRemovedCardAnswersNothingAndCannotReconnect() throws Exception {
    chip.connect();
    chip.removeAfter(1);
    assertThat(send("00A4040C07A0000002471001")).isEqualTo("9000");

    assertThatThrownBy(() -> send("00A4040C07A0000002471001"))
        .isInstanceOf(CardRemovedException.class)
        .hasMessage("software chip left the field at command 2");
    assertThatThrownBy(chip::connect).isInstanceOf(CardRemovedException.class);
  }

  @Test
  void extendedApdusAreRefusedByAShortOnlyChip() throws Exception {
    chip.shortApdusOnly().connect();

    assertThat(chip.supportsExtendedLength()).isFalse();
    assertThat(send("00B09C00000100")).isEqualTo("6700");
  }
}
