package vn.tiepdon.ui.app;

import net.sf.scuba.smartcards.CardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.ChipFailure;
import vn.tiepdon.citizenid.chip.ChipReadException;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.ChipReading;
import vn.tiepdon.citizenid.chip.ChipTransport;
import vn.tiepdon.ui.flow.ChipCheck;
import vn.tiepdon.ui.flow.PatientSummary;

/**
 * The flow's chip step on citizen-id's chip reader: PACE or BAC with the QR's keys, passive and
 * chip authentication, chip against QR. The chip photo goes on to the face check, in memory, for
 * this session only.
 */
final class ChipCardCheck implements ChipCheck {
  private static final Logger log = LoggerFactory.getLogger(ChipCardCheck.class);

  private final java.util.function.Supplier<ChipReader> readers;

  ChipCardCheck(ChipReader reader) {
    this(() -> reader);
  }

  /** Reads each card with the reader current at that moment (its CSCA list can be replaced). */
  ChipCardCheck(java.util.function.Supplier<ChipReader> readers) {
    this.readers = readers;
  }

  @Override
  public Result read(Object qrCard, Object cardOnReader) {
    CitizenCard card = (CitizenCard) qrCard;
    ChipReading reading;
    try {
      reading = readWith(cardOnReader, card);
    } catch (ChipReadException e) {
      log.warn("chip of {} not read: {}", card.id(), e.failure());
      return e.failure() == ChipFailure.CLONED ? new NotGenuine() : new Unreadable();
    }
    if (!reading.trustworthy()) {
      log.warn(
          "chip of {} not trusted: {} {}, {} mismatches",
          card.id(),
          reading.passiveAuthentication().verdict(),
          reading.passiveAuthentication().dataGroup(),
          reading.mismatches().size());
      return new NotGenuine();
    }
    log.info("chip of {} genuine ({}, {} APDUs)", card.id(), reading.access(), reading.apdus());
    return new Verified(
        new PatientSummary(
            reading.citizen().fullName(),
            reading.citizen().id().masked(),
            reading.citizen().dateOfBirth()),
        reading.face());
  }

  private ChipReading readWith(Object cardOnReader, CitizenCard card) throws ChipReadException {
    ChipReader reader = readers.get();
    if (cardOnReader instanceof ChipTransport transport) {
      return reader.read(transport, card);
    }
    if (cardOnReader instanceof vn.tiepdon.devices.card.ApduChannel tunnel) {
      // A serial reader box that tunnels APDUs: the same checks as on a PC/SC reader.
      return reader.read(new ApduChannelChipTransport(tunnel), card);
    }
    if (cardOnReader instanceof CardService service) {
      return reader.read(service, card);
    }
    throw new IllegalArgumentException(
        "the chip reader holds a " + cardOnReader.getClass().getName() + ", not a card channel");
  }
}
