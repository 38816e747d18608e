package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.Bank;
import vn.tiepdon.payment.bank.BankBin;
import vn.tiepdon.payment.bank.BankDirectory;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.vietqr.QrRenderer;
import vn.tiepdon.payment.vietqr.ServiceCode;
import vn.tiepdon.payment.vietqr.VietQrCodec;
import vn.tiepdon.payment.vietqr.VietQrDecodeException;
import vn.tiepdon.payment.vietqr.VietQrPayload;

@Command(
    name = "vietqr",
    mixinStandardHelpOptions = true,
    description = "VietQR payload tools.",
    subcommands = {
      VietQrCommand.Encode.class,
      VietQrCommand.Decode.class,
      VietQrCommand.Reference.class
    })
final class VietQrCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "encode",
      mixinStandardHelpOptions = true,
      description = {
        "Encode a VietQR payload and print it.",
        "Vietnamese text is folded to ASCII (Đ becomes D); text that is still too long is an"
            + " error, never cut."
      })
  static final class Encode implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--bin",
        required = true,
        paramLabel = "BIN",
        description = "6-digit bank BIN, e.g. 970436.")
    String bin;

    @Option(
        names = "--account",
        required = true,
        paramLabel = "NUMBER",
        description = "Account (or card) number, 1-19 letters or digits.")
    String account;

    @Option(
        names = "--amount",
        paramLabel = "DONG",
        description = "Whole dong, 1 to 499999999; omit to let the payer type it.")
    String amount;

    @Option(
        names = "--purpose",
        paramLabel = "TEXT",
        description = "Transfer content (62.08), at most 25 characters.")
    String purpose;

    @Option(
        names = "--bill",
        paramLabel = "NUMBER",
        description = "Bill number (62.01), at most 25 characters.")
    String bill;

    @Option(
        names = "--terminal",
        paramLabel = "ID",
        description = "Terminal label (62.07), at most 25 characters.")
    String terminal;

    @Option(names = "--static", description = "Reusable code (01=11) instead of one-time (01=12).")
    boolean reusable;

    @Option(
        names = "--card",
        description = "Transfer to a card number (QRIBFTTC) instead of an account.")
    boolean card;

    @Option(
        names = "--png",
        paramLabel = "FILE",
        description = "Also write the QR symbol as a PNG.")
    Path png;

    @Option(
        names = "--size",
        paramLabel = "PIXELS",
        defaultValue = "512",
        description = "Largest PNG side in pixels (default ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() {
      BankBin bankBin = option("--bin", () -> BankBin.of(bin));
      VietQrPayload.Builder builder =
          option("--account", () -> VietQrPayload.builder(bankBin, account));
      builder.dynamic(!reusable).service(card ? ServiceCode.CARD : ServiceCode.ACCOUNT);
      if (amount != null) {
        Money money = parseAmount(amount);
        set("--amount", builder, b -> b.amount(money));
      }
      set("--purpose", builder, b -> b.purpose(purpose));
      set("--bill", builder, b -> b.billNumber(bill));
      set("--terminal", builder, b -> b.terminalLabel(terminal));
      VietQrPayload payload = option("--purpose/--bill/--terminal", builder::build);
      String text = new VietQrCodec().encode(payload);
      if (png != null) {
        writePng(text);
      }
      spec.commandLine().getOut().println(text);
      return ExitCodes.OK;
    }

    private void writePng(String text) {
      byte[] bytes = option("--size", () -> new QrRenderer().png(text, size));
      try {
        Files.write(png, bytes);
      } catch (IOException e) {
        throw new BadInputException("--png: cannot write " + png + ": " + e.getMessage(), e);
      }
    }

    private static Money parseAmount(String text) {
      if (!text.matches("[0-9]{1,18}")) {
        throw new BadInputException(
            "--amount must be a whole number of dong without separators, was \"" + text + "\"");
      }
      return Money.ofDong(Long.parseLong(text));
    }

    private static void set(
        String option, VietQrPayload.Builder builder, Consumer<VietQrPayload.Builder> change) {
      option(
          option,
          () -> {
            change.accept(builder);
            return builder;
          });
    }

    private static <T> T option(String option, java.util.function.Supplier<T> action) {
      try {
        return action.get();
      } catch (IllegalArgumentException e) {
        throw new BadInputException(option + ": " + e.getMessage(), e);
      }
    }
  }

  @Command(
      name = "decode",
      mixinStandardHelpOptions = true,
      description = {
        "Decode a VietQR payload read from stdin and print it as JSON.",
        "An invalid payload exits with status 2 and names the object and position."
      })
  static final class Decode implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    /** Where the payload comes from; tests hand in their own. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
      String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      VietQrPayload payload;
      try {
        payload = new VietQrCodec().decode(text);
      } catch (VietQrDecodeException e) {
        throw new BadInputException("invalid VietQR payload: " + e.getMessage(), e);
      }
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      spec.commandLine().getOut().println(json.writeValueAsString(asJson(payload)));
      return ExitCodes.OK;
    }

    static Map<String, Object> asJson(VietQrPayload payload) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("bin", payload.bin().value());
      out.put(
          "bank", BankDirectory.bundled().find(payload.bin()).map(Bank::shortName).orElse(null));
      out.put("account", payload.account());
      out.put("service", payload.service().map(Enum::name).orElse(null));
      out.put("dynamic", payload.dynamic());
      out.put("amount", payload.amount().map(Money::dong).orElse(null));
      out.put("currency", payload.currency());
      out.put("country", payload.country());
      out.put("billNumber", payload.billNumber().orElse(null));
      out.put("purpose", payload.purpose().orElse(null));
      out.put("referenceLabel", payload.referenceLabel().orElse(null));
      out.put("terminalLabel", payload.terminalLabel().orElse(null));
      // Decoding rejects a wrong CRC, so a printed payload always had a valid one.
      out.put("crcValid", true);
      return out;
    }
  }

  @Command(
      name = "reference",
      mixinStandardHelpOptions = true,
      description = "Print fresh payment reference codes, one per line.")
  static final class Reference implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--count",
        paramLabel = "N",
        defaultValue = "1",
        description = "How many codes, 1 to 10000 (default ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() {
      if (count < 1 || count > 10_000) {
        throw new BadInputException("--count must be 1..10000, was " + count);
      }
      SecureRandom random = new SecureRandom();
      for (int i = 0; i < count; i++) {
        spec.commandLine().getOut().println(ReferenceCode.generate(random).value());
      }
      return ExitCodes.OK;
    }
  }
}
