package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.sf.scuba.smartcards.CardService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.ChipCitizenData;
import vn.tiepdon.citizenid.chip.ChipMismatch;
import vn.tiepdon.citizenid.chip.ChipReadException;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.ChipReading;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.NoReaderException;
import vn.tiepdon.citizenid.chip.PassiveAuthentication;
import vn.tiepdon.citizenid.chip.TransportCardService;
import vn.tiepdon.citizenid.chip.pcsc.PcscReaders;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.citizenid.qr.InvalidCccdQrException;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

@Command(
    name = "chip",
    mixinStandardHelpOptions = true,
    description = "Chip card tools.",
    subcommands = {ChipCommand.Read.class})
final class ChipCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "read",
      mixinStandardHelpOptions = true,
      description = {
        "Read a chip (PC/SC reader or the software chip) and print JSON: access, passive"
            + " authentication, DG13, chip/QR mismatches, APDUs and milliseconds.",
        "The software chip holds a made-up citizen (--citizen, see 'tiepdon cccd samples');"
            + " --qr defaults to that citizen's QR. Wrong key, card removed, no reader: exit 2."
      })
  static final class Read implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
      @Option(names = "--emulated", description = "Read the software chip.")
      boolean emulated;

      @Option(
          names = "--pcsc",
          arity = "0..1",
          paramLabel = "READER",
          fallbackValue = "",
          description =
              "Read the card on a PC/SC reader (name or part of it; default: the first with a card).")
      String pcsc;
    }

    @Option(
        names = "--qr",
        paramLabel = "TEXT",
        description = "The card's QR text (the chip key comes from it).")
    String qr;

    @Option(
        names = "--citizen",
        paramLabel = "N",
        defaultValue = "1",
        description = "Software chip: which made-up citizen, 1-8 (default: ${DEFAULT-VALUE}).")
    int citizen;

    @Option(
        names = "--tamper",
        paramLabel = "DG2|DG13",
        description = "Software chip: alter this data group after the SOD was signed.")
    ChipIssue.TamperedGroup tamper;

    @Option(
        names = "--untrusted",
        description = "Software chip: SOD signed under a CSCA the kiosk does not trust.")
    boolean untrusted;

    @Option(
        names = "--clone",
        description =
            "Software chip: a copy that lacks its DG14 private key (fails Chip Authentication).")
    boolean clone;

    @Option(
        names = "--face",
        paramLabel = "FILE",
        description = "Software chip: JPEG or JPEG 2000 face for DG2 (default: a drawn face).")
    Path face;

    @Option(
        names = "--csca",
        paramLabel = "DIR",
        description = "Folder of trusted CSCA certificates (PEM/DER).")
    Path csca;

    @picocli.CommandLine.Mixin CccdCommand.Today today = new CccdCommand.Today();

    @Override
    public Integer call() throws IOException {
      Clock clock = today.clock();
      List<java.security.cert.X509Certificate> trusted = new ArrayList<>(configuredCscas());
      CardService card;
      CitizenCard qrCard;
      if (source.emulated) {
        MadeUpCitizen holder = madeUpCitizen(clock);
        TestIssuer kioskTrusted = TestIssuer.generate("TiepDon Test", clock);
        trusted.add(kioskTrusted.csca());
        TestIssuer issuer = untrusted ? TestIssuer.generate("Rogue", clock) : kioskTrusted;
        ChipIssue how = ChipIssue.genuine(faceImage());
        if (tamper != null) {
          how = how.tampered(tamper);
        }
        if (clone) {
          how = how.asClone();
        }
        card = new TransportCardService(SoftwareChips.issue(holder, issuer, how));
        qrCard = qr == null ? holder.card() : parseQr(clock);
      } else {
        if (qr == null) {
          throw new BadInputException(
              "--pcsc needs --qr TEXT: the chip key comes from the card's QR");
        }
        if (tamper != null || untrusted || clone || face != null) {
          throw new BadInputException(
              "--tamper, --untrusted, --clone and --face apply to --emulated only");
        }
        qrCard = parseQr(clock);
        try {
          card = PcscReaders.cardOn(Optional.of(source.pcsc).filter(name -> !name.isBlank()));
        } catch (NoReaderException e) {
          throw new BadInputException(e.getMessage(), e);
        }
      }
      ChipReader reader = new ChipReader(CscaTrustStore.of(trusted), clock);
      long start = System.nanoTime();
      ChipReading reading;
      try {
        reading = reader.read(card, qrCard);
      } catch (ChipReadException e) {
        throw new BadInputException(describe(e), e);
      } finally {
        card.close();
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      spec.commandLine().getOut().println(json.writeValueAsString(asJson(reading, ms)));
      return ExitCodes.OK;
    }

    private List<java.security.cert.X509Certificate> configuredCscas() throws IOException {
      if (csca == null) {
        return List.of();
      }
      try {
        return CscaTrustStore.fromDirectory(csca).certificates();
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--csca: " + e.getMessage(), e);
      }
    }

    private MadeUpCitizen madeUpCitizen(Clock clock) {
      if (LocalDate.now(clock).isBefore(MadeUpCitizens.EARLIEST)) {
        throw new BadInputException("--today: must be on or after " + MadeUpCitizens.EARLIEST);
      }
      List<MadeUpCitizen> citizens = MadeUpCitizens.asOf(clock);
      if (citizen < 1 || citizen > citizens.size()) {
        throw new BadInputException(
            "--citizen must be 1 to " + citizens.size() + ", was " + citizen);
      }
      return citizens.get(citizen - 1);
    }

    private FaceImageFile faceImage() {
      if (face == null) {
        return FaceImageFile.drawn(new java.awt.Color(0xE0AC69));
      }
      try {
        return FaceImageFile.read(face);
      } catch (IOException e) {
        throw new BadInputException("--face: " + e.getMessage(), e);
      }
    }

    private CitizenCard parseQr(Clock clock) {
      try {
        return new CccdQrParser(clock).parse(qr).card();
      } catch (InvalidCccdQrException e) {
        throw new BadInputException("--qr: not a valid CCCD QR text: " + e.getMessage(), e);
      }
    }

    private static String describe(ChipReadException e) {
      return switch (e.failure()) {
        case WRONG_KEY ->
            "the chip refused the key from the QR: is --qr the QR of the card on the reader? ("
                + e.getMessage()
                + ")";
        case CARD_REMOVED -> "the card left the reader during the read; keep it still and retry";
        case NO_READER -> "no reader or no card: " + e.getMessage();
        case MALFORMED -> "the chip's data is malformed: " + e.getMessage();
        case CLONED ->
            "the chip is not genuine: it failed Chip Authentication (a copy without its DG14 key)";
      };
    }

    static Map<String, Object> asJson(ChipReading reading, long ms) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("access", reading.access().name());
      out.put("chipAuthentication", reading.chipAuthentication().name());
      PassiveAuthentication pa = reading.passiveAuthentication();
      Map<String, Object> verdict = new LinkedHashMap<>();
      verdict.put("verdict", pa.verdict().name());
      verdict.put("dataGroup", pa.dataGroup().orElse(null));
      verdict.put("detail", pa.detail());
      out.put("passiveAuthentication", verdict);
      out.put("dg13", dg13(reading.citizen()));
      Map<String, Object> face = new LinkedHashMap<>();
      face.put("width", reading.face().getWidth());
      face.put("height", reading.face().getHeight());
      out.put("face", face);
      out.put("mismatches", reading.mismatches().stream().map(Read::mismatch).toList());
      out.put("dataGroups", reading.dataGroups());
      out.put("apdus", reading.apdus());
      out.put("ms", ms);
      return out;
    }

    private static Map<String, Object> mismatch(ChipMismatch mismatch) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("field", mismatch.field().name());
      out.put("qr", mismatch.qrValue());
      out.put("chip", mismatch.chipValue());
      return out;
    }

    private static Map<String, Object> dg13(ChipCitizenData chip) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", chip.id().value());
      out.put("oldId", chip.oldId().orElse(null));
      out.put("fullName", chip.fullName());
      out.put("dateOfBirth", chip.dateOfBirth().toString());
      out.put("sex", chip.sex().name());
      out.put("address", chip.address());
      out.put("issueDate", chip.issueDate().toString());
      out.put("expiryDate", chip.expiryDate().map(LocalDate::toString).orElse(null));
      out.put("nationality", chip.nationality().orElse(null));
      out.put("ethnicity", chip.ethnicity().orElse(null));
      out.put("religion", chip.religion().orElse(null));
      out.put("placeOfOrigin", chip.placeOfOrigin().orElse(null));
      out.put("identifyingMarks", chip.identifyingMarks().orElse(null));
      out.put("fatherName", chip.fatherName().orElse(null));
      out.put("motherName", chip.motherName().orElse(null));
      out.put("spouseName", chip.spouseName().orElse(null));
      return out;
    }
  }
}
