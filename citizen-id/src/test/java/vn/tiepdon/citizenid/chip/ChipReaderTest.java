package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.CardField;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.PassiveAuthentication.Verdict;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChip;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

class ChipReaderTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final TestIssuer ISSUER = TestIssuer.generate("TiepDon Test", CLOCK);
  private static final FaceImageFile FACE = FaceImageFile.drawn(new Color(0xE0AC69));
  private static final List<CitizenCard> CARDS =
      MadeUpCitizens.asOf(CLOCK).stream().map(c -> c.card()).toList();

  private final ChipReader reader =
      new ChipReader(CscaTrustStore.of(List.of(ISSUER.csca())), CLOCK);

  @Test
  void readsWithPaceWhenCardAccessOffersIt() throws Exception {
    CitizenCard card = CARDS.get(2);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));

    ChipReading reading = reader.read(chip, card);

    assertThat(reading.access()).isEqualTo(AccessMethod.PACE);
    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(reading.citizen().id()).isEqualTo(card.id());
    assertThat(reading.citizen().fullName()).isEqualTo(card.fullName());
    assertThat(reading.mismatches()).isEmpty();
    assertThat(reading.face().getWidth()).isEqualTo(240);
    assertThat(reading.dataGroups()).containsExactly(1, 2, 13, 14);
    assertThat(reading.chipAuthentication()).isEqualTo(ChipAuthentication.PASSED);
    assertThat(reading.apdus()).isEqualTo(chip.commandsReceived());
  }

  @Test
  void readsWithBacWhenTheChipHasNoCardAccess() throws Exception {
    CitizenCard card = CARDS.get(2);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE).withoutPace());

    ChipReading reading = reader.read(chip, card);

    assertThat(reading.access()).isEqualTo(AccessMethod.BAC);
    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(reading.mismatches()).isEmpty();
  }

  @Test
  void aQrForAnotherCardIsTheWrongKeyForPace() throws Exception {
    SoftwareChip chip = SoftwareChips.issue(CARDS.get(2), ISSUER, ChipIssue.genuine(FACE));

    assertThatThrownBy(() -> reader.read(chip, CARDS.get(6)))
        .isInstanceOfSatisfying(
            ChipReadException.class, e -> assertThat(e.failure()).isEqualTo(ChipFailure.WRONG_KEY))
        .hasMessageContaining("PACE refused the key");
  }

  @Test
  void aQrForAnotherCardIsTheWrongKeyForBac() throws Exception {
    SoftwareChip chip =
        SoftwareChips.issue(CARDS.get(2), ISSUER, ChipIssue.genuine(FACE).withoutPace());

    assertThatThrownBy(() -> reader.read(chip, CARDS.get(6)))
        .isInstanceOfSatisfying(
            ChipReadException.class, e -> assertThat(e.failure()).isEqualTo(ChipFailure.WRONG_KEY))
        .hasMessageContaining("BAC refused the key");
  }

  @Test
  void aCardTakenOffTheReaderMidReadIsReportedAsRemoved() throws Exception {
    CitizenCard card = CARDS.get(2);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));
    chip.removeAfter(12);

    assertThatThrownBy(() -> reader.read(chip, card))
        .isInstanceOfSatisfying(
            ChipReadException.class,
            e -> assertThat(e.failure()).isEqualTo(ChipFailure.CARD_REMOVED));
    assertThat(chip.commandsReceived()).isLessThan(19);
  }

  @Test
  void aCardRemovedDuringPaceIsReportedAsRemoved() throws Exception {
    CitizenCard card = CARDS.get(2);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));
    chip.removeAfter(5);

    assertThatThrownBy(() -> reader.read(chip, card))
        .isInstanceOfSatisfying(
            ChipReadException.class,
            e -> assertThat(e.failure()).isEqualTo(ChipFailure.CARD_REMOVED));
  }

  @Test
  void aSubstitutedPhotoIsTamperedDg2() throws Exception {
    CitizenCard card = CARDS.get(3);
    SoftwareChip chip =
        SoftwareChips.issue(
            card, ISSUER, ChipIssue.genuine(FACE).tampered(ChipIssue.TamperedGroup.DG2));

    PassiveAuthentication pa = reader.read(chip, card).passiveAuthentication();

    assertThat(pa.verdict()).isEqualTo(Verdict.TAMPERED);
    assertThat(pa.dataGroup()).contains(2);
    assertThat(pa.detail()).isEqualTo("DG2 hash does not match the SOD");
  }

  @Test
  void aSubstitutedNameIsTamperedDg13AndAMismatch() throws Exception {
    CitizenCard card = CARDS.get(3);
    SoftwareChip chip =
        SoftwareChips.issue(
            card, ISSUER, ChipIssue.genuine(FACE).tampered(ChipIssue.TamperedGroup.DG13));

    ChipReading reading = reader.read(chip, card);

    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.TAMPERED);
    assertThat(reading.passiveAuthentication().dataGroup()).contains(13);
    assertThat(reading.mismatches())
        .extracting(ChipMismatch::field)
        .containsExactly(CardField.FULL_NAME);
    assertThat(reading.trustworthy()).isFalse();
  }

  @Test
  void aChipSignedUnderAnUnknownCscaIsUntrusted() throws Exception {
    CitizenCard card = CARDS.get(3);
    TestIssuer rogue = TestIssuer.generate("Rogue", CLOCK);
    SoftwareChip chip = SoftwareChips.issue(card, rogue, ChipIssue.genuine(FACE));

    PassiveAuthentication pa = reader.read(chip, card).passiveAuthentication();

    assertThat(pa.verdict()).isEqualTo(Verdict.UNTRUSTED_SIGNER);
    assertThat(pa.detail()).contains("Rogue CSCA").contains("none of the 1 configured");
  }

  @Test
  void aRogueCscaNamedLikeTheTrustedOneIsStillUntrusted() throws Exception {
    CitizenCard card = CARDS.get(3);
    TestIssuer impostor = TestIssuer.generate("TiepDon Test", CLOCK);
    SoftwareChip chip = SoftwareChips.issue(card, impostor, ChipIssue.genuine(FACE));

    assertThat(reader.read(chip, card).passiveAuthentication().verdict())
        .isEqualTo(Verdict.UNTRUSTED_SIGNER);
  }

  @Test
  void aDocumentSignerPastItsValidityIsExpired() throws Exception {
    CitizenCard card = CARDS.get(3);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));
    Clock fourYearsLater = Clock.offset(CLOCK, java.time.Duration.ofDays(4 * 365));
    ChipReader later = new ChipReader(CscaTrustStore.of(List.of(ISSUER.csca())), fourYearsLater);

    PassiveAuthentication pa = later.read(chip, card).passiveAuthentication();

    assertThat(pa.verdict()).isEqualTo(Verdict.SIGNER_EXPIRED);
    assertThat(pa.detail()).contains("Document Signer");
  }

  @Test
  void aChipThatDisagreesWithTheQrReportsEachField() throws Exception {
    CitizenCard card = CARDS.get(3);
    ChipCitizenData other = SoftwareChips.dg13Of(card);
    ChipCitizenData disagreeing =
        new ChipCitizenData(
            other.id(),
            "Lê Thị Hồng Ánh",
            other.dateOfBirth().plusDays(1),
            other.sex(),
            other.nationality(),
            other.ethnicity(),
            other.religion(),
            other.placeOfOrigin(),
            other.address(),
            other.identifyingMarks(),
            other.issueDate(),
            other.expiryDate(),
            other.fatherName(),
            other.motherName(),
            other.spouseName(),
            other.oldId(),
            other.field16());
    SoftwareChip chip = SoftwareChips.issue(card, disagreeing, ISSUER, ChipIssue.genuine(FACE));

    ChipReading reading = reader.read(chip, card);

    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(reading.mismatches())
        .extracting(ChipMismatch::field)
        .containsExactly(CardField.FULL_NAME, CardField.DATE_OF_BIRTH);
    assertThat(reading.mismatches().get(0).chipValue()).isEqualTo("Lê Thị Hồng Ánh");
  }

  @Test
  void aCardWithoutExpiryOpensWithPace() throws Exception {
    CitizenCard card = CARDS.get(7);
    assertThat(card.expiryDate()).isEmpty();
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));

    ChipReading reading = reader.read(chip, card);

    assertThat(reading.access()).isEqualTo(AccessMethod.PACE);
    assertThat(reading.citizen().expiryDate()).isEmpty();
    assertThat(reading.citizen().oldId()).isEqualTo(card.oldId());
  }

  @Test
  void withoutAQrThereIsNothingToCompare() throws Exception {
    CitizenCard card = CARDS.get(0);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE));

    ChipReading reading =
        reader.read(new TransportCardService(chip), ChipAccess.of(card), Optional.empty());

    assertThat(reading.mismatches()).isEmpty();
    assertThat(reading.citizen().id()).isEqualTo(card.id());
  }

  @Test
  void aCloneWithoutTheDg14PrivateKeyFailsChipAuthentication() throws Exception {
    CitizenCard card = CARDS.get(3);
    SoftwareChip clone = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE).asClone());

    assertThatThrownBy(() -> reader.read(clone, card))
        .isInstanceOfSatisfying(
            ChipReadException.class, e -> assertThat(e.failure()).isEqualTo(ChipFailure.CLONED))
        .hasMessageStartingWith("secure messaging failed right after Chip Authentication");
  }

  @Test
  void aChipWithoutDg14IsReadWithoutChipAuthenticationInFewerApdus() throws Exception {
    CitizenCard card = CARDS.get(3);
    SoftwareChip chip =
        SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE).withoutChipAuthentication());

    ChipReading reading = reader.read(chip, card);

    assertThat(reading.chipAuthentication()).isEqualTo(ChipAuthentication.NOT_OFFERED);
    assertThat(reading.passiveAuthentication().verdict()).isEqualTo(Verdict.GENUINE);
    assertThat(reading.dataGroups()).containsExactly(1, 2, 13);
    assertThat(reading.apdus()).isEqualTo(19);
  }

  @Test
  void chipAuthenticationAlsoWorksOverBacs3desChannel() throws Exception {
    CitizenCard card = CARDS.get(2);
    SoftwareChip chip = SoftwareChips.issue(card, ISSUER, ChipIssue.genuine(FACE).withoutPace());

    ChipReading reading = reader.read(chip, card);

    assertThat(reading.access()).isEqualTo(AccessMethod.BAC);
    assertThat(reading.chipAuthentication()).isEqualTo(ChipAuthentication.PASSED);
    assertThat(reading.apdus()).isEqualTo(18);
  }
}
