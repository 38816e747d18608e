package vn.tiepdon.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.BankBin;

/**
 * Our codec against vietnam-qr-pay 1.5.1 (MIT, an independent TypeScript implementation): for
 * random accounts, amounts and purposes, both encoders produce the same string, and each decodes
 * the other's output to the same fields. Needs Node.js and {@code npm ci} in
 * scripts/vietqr-crosscheck; skipped otherwise.
 */
class VietnamQrPayCrossCheckIT {
  private static final int CASES = 2_000;
  private static final Path SCRIPT_DIR = Path.of("..", "scripts", "vietqr-crosscheck");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PRINTABLE =
      " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

  private final VietQrCodec codec = new VietQrCodec();

  @Test
  void bothImplementationsAgreeOnRandomPayloads() throws Exception {
    assumeTrue(
        Files.isDirectory(SCRIPT_DIR.resolve("node_modules/vietnam-qr-pay")),
        "run `npm ci` in scripts/vietqr-crosscheck to enable this check");
    SplittableRandom random = new SplittableRandom(20260915);
    List<VietQrPayload> payloads = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      payloads.add(randomPayload(random));
    }

    List<JsonNode> results = runNode(payloads);

    assertThat(results).hasSize(CASES);
    for (int i = 0; i < CASES; i++) {
      VietQrPayload ours = payloads.get(i);
      JsonNode result = results.get(i);
      String encoded = codec.encode(ours);
      assertThat(result.get("theirs").asText()).as("case %d", i).isEqualTo(encoded);
      assertThat(codec.decode(result.get("theirs").asText())).isEqualTo(ours);
      JsonNode decoded = result.get("decoded");
      assertThat(decoded.get("valid").asBoolean()).as(encoded).isTrue();
      assertThat(decoded.get("bin").asText()).isEqualTo(ours.bin().value());
      assertThat(decoded.get("account").asText()).isEqualTo(ours.account());
      assertThat(textOrNull(decoded.get("amount")))
          .isEqualTo(ours.amount().map(a -> Long.toString(a.dong())).orElse(null));
      assertThat(textOrNull(decoded.get("purpose"))).isEqualTo(ours.purpose().orElse(null));
      assertThat(decoded.get("service").asText()).isEqualTo(ours.service().orElseThrow().code());
      assertThat(decoded.get("dynamic").asBoolean()).isEqualTo(ours.dynamic());
    }
  }

  private static VietQrPayload randomPayload(SplittableRandom random) {
    StringBuilder account = new StringBuilder();
    int accountLength = 1 + random.nextInt(19);
    String accountChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (int i = 0; i < accountLength; i++) {
      account.append(accountChars.charAt(random.nextInt(accountChars.length())));
    }
    boolean withAmount = random.nextInt(4) > 0;
    VietQrPayload.Builder builder =
        VietQrPayload.builder(
                BankBin.of(String.format("%06d", 970400 + random.nextInt(100))), account.toString())
            .service(random.nextBoolean() ? ServiceCode.ACCOUNT : ServiceCode.CARD)
            .dynamic(withAmount)
            .amount(withAmount ? Money.ofDong(1 + random.nextLong(499_999_999L)) : null);
    if (random.nextInt(5) > 0) {
      StringBuilder purpose = new StringBuilder();
      int length = 1 + random.nextInt(25);
      for (int i = 0; i < length; i++) {
        purpose.append(PRINTABLE.charAt(random.nextInt(PRINTABLE.length())));
      }
      builder.purpose(purpose.toString());
    }
    return builder.build();
  }

  private List<JsonNode> runNode(List<VietQrPayload> payloads) throws Exception {
    Process node =
        new ProcessBuilder("node", "crosscheck.mjs")
            .directory(SCRIPT_DIR.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    CompletableFuture<List<JsonNode>> output =
        CompletableFuture.supplyAsync(
            () -> {
              List<JsonNode> lines = new ArrayList<>();
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(JSON.readTree(line));
                }
              } catch (Exception e) {
                throw new IllegalStateException("cannot read the cross-check's output", e);
              }
              return lines;
            });
    try (Writer in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
      for (VietQrPayload payload : payloads) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("bin", payload.bin().value());
        request.put("account", payload.account());
        request.put("amount", payload.amount().map(a -> Long.toString(a.dong())).orElse(null));
        request.put("purpose", payload.purpose().orElse(null));
        request.put("service", payload.service().orElseThrow().code());
        request.put("dynamic", payload.dynamic());
        request.put("ours", codec.encode(payload));
        in.write(JSON.writeValueAsString(request));
        in.write('\n');
      }
    }
    List<JsonNode> lines = output.get();
    assertThat(node.waitFor()).as("node exit status").isZero();
    return lines;
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
