package vn.tiepdon.citizenid.chip.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.sf.scuba.smartcards.CardService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.AccessMethod;
import vn.tiepdon.citizenid.chip.ChipAuthentication;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.ChipReading;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.NoReaderException;
import vn.tiepdon.citizenid.chip.PassiveAuthentication.Verdict;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChip;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.chip.software.VpcdCard;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

/**
 * The PC/SC path for real: javax.smartcardio → pcsc-lite's pcscd → the vsmartcard vpcd driver → the
 * software chip on the other end of vpcd's socket. {@code .ci/run} installs pcscd and
 * vsmartcard-vpcd, starts pcscd and sets {@code TIEPDON_PCSC_IT=1}; elsewhere (a developer's
 * machine without pcscd) the class is skipped, saying why.
 */
class PcscSoftwareChipIT {
  private static final String VPCD_READER = "Virtual PCD 00 00";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ISSUER = TestIssuer.generate("TiepDon Test", CLOCK);
  private static final FaceImageFile FACE = FaceImageFile.drawn(new Color(0xC68642));
  private static final List<CitizenCard> CARDS =
      MadeUpCitizens.asOf(CLOCK).stream().map(c -> c.card()).toList();

  private final ChipReader reader =
      new ChipReader(CscaTrustStore.of(List.of(ISSUER.csca())), CLOCK);

  @BeforeAll
  static void pcscdWithVpcd() throws Exception {
    assumeThat(System.getenv("TIEPDON_PCSC_IT"))
        .as(
            "TIEPDON_PCSC_IT is not set: pcscd with vsmartcard-vpcd is not promised here (.ci/run sets it)")
        .isNotBlank();
    assertThat(PcscReaders.names())
        .as("pcscd must list the vpcd reader (is vsmartcard-vpcd installed?)")
        .contains(VPCD_READER);
  }

  @Test
  void readsAndAuthenticatesAChipThroughPcscd() throws Exception {
    CitizenCard card = CARDS.get(3);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));

    awaitNoCard(); // pcscd notices the previous test's card leave only at its next poll
    try (VpcdCard inserted = VpcdCard.insert(chip, "localhost", VpcdCard.DEFAULT_PORT)) {
      CardService service = awaitCard();
      ChipReading reading = reader.read(service, card);

      assertThat(reading.access()).isEqualTo(AccessMethod.PACE);
      assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
      assertThat(reading.chipAuthentication()).isEqualTo(ChipAuthentication.PASSED);
      assertThat(reading.citizen().id()).isEqualTo(card.id());
      assertThat(reading.citizen().fullName()).isEqualTo(card.fullName());
      assertThat(reading.mismatches()).isEmpty();
      assertThat(reading.face().getWidth()).isEqualTo(240);
      assertThat(inserted.apdus()).isPositive();
    }
  }

  @Test
  void aForgedChipThroughPcscdIsNotGenuine() throws Exception {
    CitizenCard card = CARDS.get(4);
    TestIssuer forger = TestIssuer.generate("Forger", CLOCK);
    SoftwareChip chip = SoftwareChips.issue(card, forger, ChipIssue.genuine(FACE).withoutPace());

    awaitNoCard(); // pcscd notices the previous test's card leave only at its next poll
    try (VpcdCard inserted = VpcdCard.insert(chip, "localhost", VpcdCard.DEFAULT_PORT)) {
      ChipReading reading = reader.read(awaitCard(), card);

      assertThat(reading.access()).isEqualTo(AccessMethod.BAC);
      assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.UNTRUSTED_SIGNER);
      assertThat(reading.trustworthy()).isFalse();
    }
  }

  @Test
  void anEmptyReaderIsAClearError() throws Exception {
    awaitNoCard();
    assertThatThrownBy(() -> PcscReaders.cardOn(Optional.of(VPCD_READER)))
        .isInstanceOf(NoReaderException.class)
        .hasMessageContaining("no card on PC/SC reader '" + VPCD_READER + "'");
  }

  private static CardService awaitCard() throws Exception {
    javax.smartcardio.CardTerminal terminal =
        javax.smartcardio.TerminalFactory.getDefault().terminals().getTerminal(VPCD_READER);
    assertThat(terminal.waitForCardPresent(10_000)).as("card present on " + VPCD_READER).isTrue();
    return PcscReaders.cardOn(Optional.of(VPCD_READER));
  }

  private static void awaitNoCard() throws Exception {
    javax.smartcardio.CardTerminal terminal =
        javax.smartcardio.TerminalFactory.getDefault().terminals().getTerminal(VPCD_READER);
    assertThat(terminal.waitForCardAbsent(10_000)).as("reader empty").isTrue();
  }
}
