package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.PassiveAuthentication.Verdict;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChip;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

/**
 * The reader built off the start-up path reads real (software) chips against the CSCA list it was
 * given, and a list replaced by IT applies to the next card.
 */
class ChipReaderInForceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ISSUER = TestIssuer.generate("TiepDon Test", CLOCK);
  private static final TestIssuer OTHER_ISSUER = TestIssuer.generate("Another CSCA", CLOCK);
  private static final FaceImageFile FACE = FaceImageFile.drawn(new Color(0xE0AC69));

  private final CitizenCard card = MadeUpCitizens.asOf(CLOCK).get(2).card();

  @Test
  void theReaderBuiltInTheBackgroundReadsAChipSignedByTheTrustedCsca() throws Exception {
    ChipReaderInForce readers =
        ChipReaderInForce.buildInBackground(CscaTrustStore.of(List.of(ISSUER.csca())), CLOCK);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));

    ChipReader reader = readers.get();

    assertThat(readers.get()).as("built once").isSameAs(reader);
    assertThat(reader.read(chip, card).passiveAuthentication().verdict())
        .isEqualTo(Verdict.GENUINE);
  }

  @Test
  void aReplacedCscaListAppliesToTheNextCard() throws Exception {
    ChipReaderInForce readers =
        ChipReaderInForce.buildInBackground(CscaTrustStore.of(List.of(ISSUER.csca())), CLOCK);
    SoftwareChip chip = SoftwareChips.issue(card, OTHER_ISSUER, ChipIssue.genuine(FACE));
    assertThat(readers.get().read(chip, card).passiveAuthentication().verdict())
        .isEqualTo(Verdict.UNTRUSTED_SIGNER);

    ChipReader trustingTheOther =
        new ChipReader(CscaTrustStore.of(List.of(OTHER_ISSUER.csca())), CLOCK);
    readers.set(trustingTheOther);

    assertThat(readers.get()).isSameAs(trustingTheOther);
    SoftwareChip next = SoftwareChips.issue(card, OTHER_ISSUER, ChipIssue.genuine(FACE));
    assertThat(readers.get().read(next, card).passiveAuthentication().verdict())
        .isEqualTo(Verdict.GENUINE);
  }

  @Test
  void aMissingTrustListOrClockIsRefusedAtOnce() {
    assertThatThrownBy(() -> ChipReaderInForce.buildInBackground(null, CLOCK))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("trust");
    assertThatThrownBy(() -> ChipReaderInForce.buildInBackground(CscaTrustStore.empty(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock");
  }
}
