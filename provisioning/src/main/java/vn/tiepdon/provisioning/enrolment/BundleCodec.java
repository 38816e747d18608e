package vn.tiepdon.provisioning.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * The JSON of the {@code bundle} member of a bundle file. Reading checks every field and names the
 * first wrong one by its path, e.g. {@code bundle.bank.bin must be 6 digits, was '97043'}.
 */
public final class BundleCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public ObjectNode toJson(EnrolmentBundle bundle) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("hospital", bundle.hospital().value());
    json.put("kiosk", bundle.kiosk().value());
    bundle.kioskKey().ifPresent(key -> json.put("kioskKey", key.text()));
    json.put("issuedAt", bundle.issuedAt().toString());
    json.put("expiresAt", bundle.expiresAt().toString());
    ObjectNode broker = json.putObject("broker");
    broker.put("url", bundle.broker().url().toString());
    broker.put("username", bundle.broker().username());
    broker.put("password", bundle.broker().password());
    bundle.broker().caCertificatePem().ifPresent(pem -> broker.put("caCertificate", pem));
    json.set("site", bundle.site());
    ArrayNode csca = json.putArray("cscaCertificates");
    bundle.cscaCertificates().forEach(csca::add);
    ObjectNode bank = json.putObject("bank");
    bank.put("bin", bundle.bank().bin());
    bank.put("account", bundle.bank().account());
    bank.put("name", bundle.bank().name());
    json.putObject("his").put("endpoint", bundle.hisEndpoint().toString());
    ArrayNode operators = json.putArray("operatorKeys");
    for (EnrolmentBundle.OperatorKey key : bundle.operatorKeys()) {
      operators
          .addObject()
          .put("name", key.name())
          .put("publicKey", key.publicKey().text())
          .put("keyId", key.publicKey().keyId());
    }
    return json;
  }

  /**
   * @throws BundleRejectedException with {@link BundleRejection#MALFORMED} naming the field
   */
  public EnrolmentBundle fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw malformed("bundle must be a JSON object");
    }
    SiteId hospital = field("bundle.hospital", () -> new SiteId(text(json, "hospital")));
    KioskId kiosk = field("bundle.kiosk", () -> new KioskId(text(json, "kiosk")));
    Optional<Ed25519PublicKey> kioskKey =
        json.hasNonNull("kioskKey")
            ? Optional.of(
                field("bundle.kioskKey", () -> Ed25519PublicKey.parse(text(json, "kioskKey"))))
            : Optional.empty();
    Instant issuedAt = instant(json, "issuedAt");
    Instant expiresAt = instant(json, "expiresAt");
    JsonNode brokerJson = object(json, "broker");
    EnrolmentBundle.Broker broker =
        field(
            "bundle.broker",
            () ->
                new EnrolmentBundle.Broker(
                    uri("bundle.broker.url", text(brokerJson, "url")),
                    text(brokerJson, "username"),
                    text(brokerJson, "password"),
                    optionalText(brokerJson, "caCertificate")
                        .map(pem -> checkedPem("bundle.broker.caCertificate", pem))));
    JsonNode site = object(json, "site");
    List<String> csca = new ArrayList<>();
    JsonNode cscaJson = json.get("cscaCertificates");
    if (cscaJson == null || !cscaJson.isArray()) {
      throw malformed("bundle.cscaCertificates is required (a list of PEM certificates)");
    }
    for (int i = 0; i < cscaJson.size(); i++) {
      String path = "bundle.cscaCertificates[" + i + "]";
      JsonNode pem = cscaJson.get(i);
      if (!pem.isTextual()) {
        throw malformed(path + " must be PEM text");
      }
      csca.add(checkedPem(path, pem.asText()));
    }
    JsonNode bankJson = object(json, "bank");
    EnrolmentBundle.BankAccount bank =
        field(
            "bundle.bank",
            () ->
                new EnrolmentBundle.BankAccount(
                    text(bankJson, "bin"), text(bankJson, "account"), text(bankJson, "name")));
    URI his = uri("bundle.his.endpoint", text(object(json, "his"), "endpoint"));
    if (!"https".equals(his.getScheme()) && !"http".equals(his.getScheme())) {
      throw malformed("bundle.his.endpoint must be an http(s) URL, was '" + his + "'");
    }
    List<EnrolmentBundle.OperatorKey> operators = new ArrayList<>();
    JsonNode operatorsJson = json.get("operatorKeys");
    if (operatorsJson == null || !operatorsJson.isArray()) {
      throw malformed("bundle.operatorKeys is required (a list, may be empty)");
    }
    for (int i = 0; i < operatorsJson.size(); i++) {
      JsonNode entry = operatorsJson.get(i);
      String path = "bundle.operatorKeys[" + i + "]";
      operators.add(
          field(
              path,
              () ->
                  new EnrolmentBundle.OperatorKey(
                      text(entry, "name"), Ed25519PublicKey.parse(text(entry, "publicKey")))));
    }
    return field(
        "bundle",
        () ->
            new EnrolmentBundle(
                hospital,
                kiosk,
                kioskKey,
                issuedAt,
                expiresAt,
                broker,
                (ObjectNode) site,
                csca,
                bank,
                his,
                operators));
  }

  private static String checkedPem(String path, String pem) {
    field(path, () -> PemCertificates.parse(pem));
    return pem;
  }

  private static JsonNode object(JsonNode json, String name) {
    JsonNode value = json.get(name);
    if (value == null || !value.isObject()) {
      throw malformed("bundle." + name + " is required (an object)");
    }
    return value;
  }

  private static String text(JsonNode json, String name) {
    JsonNode value = json == null ? null : json.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(name + " must be text");
    }
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode json, String name) {
    return json.hasNonNull(name) ? Optional.of(text(json, name)) : Optional.empty();
  }

  private static Instant instant(JsonNode json, String name) {
    return field(
        "bundle." + name,
        () -> {
          String text = text(json, name);
          try {
            return Instant.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "must be an ISO-8601 UTC instant, was '" + text + "'", e);
          }
        });
  }

  private static URI uri(String path, String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw malformed(path + " is not a URL: " + e.getMessage());
    }
  }

  private static <T> T field(String path, Supplier<T> read) {
    try {
      return read.get();
    } catch (BundleRejectedException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      String first = message.split(" ", 2)[0];
      String named;
      if (path.endsWith("." + first)) {
        named = path + message.substring(first.length()); // "bundle.kiosk is required"
      } else if (message.startsWith("must ") || message.startsWith("is ")) {
        named = path + " " + message;
      } else if (message.matches("^[a-zA-Z]+ (is|must) .*")) {
        named = path + "." + message; // "bundle.bank" + "bin must be 6 digits"
      } else {
        named = path + ": " + message;
      }
      throw new BundleRejectedException(BundleRejection.MALFORMED, named, e);
    }
  }

  static BundleRejectedException malformed(String message) {
    return new BundleRejectedException(BundleRejection.MALFORMED, message);
  }
}
