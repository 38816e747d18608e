package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.citizenid.qr.CccdQrReading;
import vn.tiepdon.citizenid.qr.CccdWarning;
import vn.tiepdon.citizenid.qr.InvalidCccdQrException;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

@Command(
    name = "cccd",
    mixinStandardHelpOptions = true,
    description = "CCCD QR code tools.",
    subcommands = {CccdCommand.Parse.class, CccdCommand.Samples.class})
final class CccdCommand implements Runnable {
  /** Dates on the card are Vietnamese dates: "today" is today in Viet Nam. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Options both subcommands share. */
  static final class Today {
    @Option(
        names = "--today",
        paramLabel = "YYYY-MM-DD",
        description = "Check dates against this day instead of today in Viet Nam.")
    String today;

    Clock clock() {
      if (today == null) {
        return Clock.system(VIETNAM);
      }
      try {
        return Clock.fixed(LocalDate.parse(today).atStartOfDay(VIETNAM).toInstant(), VIETNAM);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--today: not a date YYYY-MM-DD: '" + today + "'");
      }
    }
  }

  @Command(
      name = "parse",
      mixinStandardHelpOptions = true,
      description = {
        "CCCD QR text on stdin to JSON on stdout.",
        "Accepts the 7-field CCCD (2021) and 11-field Căn cước (2024) layouts; a trailing CR, LF"
            + " or TAB is ignored. Bad input: exit status 2 and one line naming the field."
      })
  static final class Parse implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin Today today = new Today();

    /** Where the QR text comes from; tests hand in their own. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
      CccdQrReading reading;
      try {
        reading = new CccdQrParser(today.clock()).parse(utf8(stdin.readAllBytes()));
      } catch (InvalidCccdQrException e) {
        throw new BadInputException(describe(e), e);
      }
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      spec.commandLine().getOut().println(json.writeValueAsString(asJson(reading)));
      return ExitCodes.OK;
    }

    /** Scanners in the wrong mode send bytes that are not UTF-8; say so rather than guess. */
    private static String utf8(byte[] bytes) {
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      try {
        return decoder.decode(in).toString();
      } catch (CharacterCodingException e) {
        throw new BadInputException(
            "stdin is not UTF-8 text: bad byte sequence at byte offset " + in.position(), e);
      }
    }

    private static String describe(InvalidCccdQrException e) {
      return switch (e.reason()) {
        case NOT_A_CCCD_QR -> "not a CCCD QR code: " + e.getMessage();
        case INVALID_FIELD ->
            "invalid CCCD QR field "
                + e.field().orElseThrow().key()
                + " ("
                + e.problem().orElseThrow()
                + "): "
                + e.getMessage();
      };
    }

    static Map<String, Object> asJson(CccdQrReading reading) {
      CitizenCard card = reading.card();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", card.id().value());
      out.put("oldId", card.oldId().orElse(null));
      out.put("fullName", card.fullName());
      out.put("dateOfBirth", card.dateOfBirth().toString());
      out.put("sex", card.sex().name());
      out.put("address", card.address());
      out.put("issueDate", card.issueDate().toString());
      out.put("cardType", card.cardType().name());
      out.put("provinceCode", reading.provinceCode());
      out.put("province", reading.province().orElse(null));
      out.put("expiryDate", card.expiryDate().map(LocalDate::toString).orElse(null));
      Map<String, Object> chip = new LinkedHashMap<>();
      chip.put("documentNumber", reading.chipAccess().documentNumber());
      chip.put("can", reading.chipAccess().can());
      out.put("chipAccess", chip);
      out.put("warnings", reading.warnings().stream().map(CccdWarning::toString).toList());
      return out;
    }
  }

  @Command(
      name = "samples",
      mixinStandardHelpOptions = true,
      description = {
        "Print the QR texts of the made-up citizens, one per line (never real people).",
        "Pipe one into 'tiepdon cccd parse' to try it."
      })
  static final class Samples implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin Today today = new Today();

    @Option(names = "--labels", description = "Print each citizen's description above its text.")
    boolean labels;

    @Override
    public Integer call() {
      Clock clock = today.clock();
      if (LocalDate.now(clock).isBefore(MadeUpCitizens.EARLIEST)) {
        throw new BadInputException("--today: must be on or after " + MadeUpCitizens.EARLIEST);
      }
      for (MadeUpCitizen citizen : MadeUpCitizens.asOf(clock)) {
        if (labels) {
          spec.commandLine().getOut().println("# " + citizen.label());
        }
        spec.commandLine().getOut().println(citizen.qrText());
      }
      return ExitCodes.OK;
    }
  }
}
