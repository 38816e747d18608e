package vn.tiepdon.provisioning.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import vn.tiepdon.provisioning.topic.KioskId;

/**
 * What a new kiosk shows IT on its staff screen so that the hospital can enrol it: its id, its
 * Ed25519 public key and when it made the request. As a file it is JSON; on screen it is one QR
 * code holding {@link #qrText()}.
 */
public record EnrolmentRequest(KioskId kiosk, Ed25519PublicKey publicKey, Instant createdAt) {
  public static final String FORMAT = "tiepdon-enrolment-request/1";

  /** Prefix of the QR text; the rest is the canonical JSON in base64url. */
  public static final String QR_PREFIX = "TDR1:";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public EnrolmentRequest {
    if (kiosk == null || publicKey == null || createdAt == null) {
      throw new IllegalArgumentException("kiosk, publicKey and createdAt are required");
    }
  }

  public ObjectNode toJsonTree() {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("format", FORMAT);
    json.put("kiosk", kiosk.value());
    json.put("publicKey", publicKey.text());
    json.put("keyId", publicKey.keyId());
    json.put("createdAt", createdAt.toString());
    return json;
  }

  /** Indented JSON for a file. */
  public byte[] toJson() {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJsonTree());
    } catch (IOException e) {
      throw new IllegalStateException("request cannot be written as JSON", e);
    }
  }

  /**
   * The text for the staff screen's QR code ({@code TDR1:} + base64url of the canonical JSON, about
   * 200 characters: a small, robust QR symbol). The kiosk UI renders it with ZXing.
   */
  public String qrText() {
    return QR_PREFIX
        + Base64.getUrlEncoder().withoutPadding().encodeToString(CanonicalJson.bytes(toJsonTree()));
  }

  /** Reads the QR text or the JSON file's content; the message names the field that is wrong. */
  public static EnrolmentRequest parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("enrolment request is empty");
    }
    String trimmed = text.strip();
    byte[] json;
    if (trimmed.startsWith(QR_PREFIX)) {
      try {
        json = Base64.getUrlDecoder().decode(trimmed.substring(QR_PREFIX.length()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "enrolment request QR text is not base64url after TDR1:", e);
      }
    } else {
      json = trimmed.getBytes(StandardCharsets.UTF_8);
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "enrolment request is neither JSON nor TDR1: QR text: "
              + e.getMessage().lines().findFirst().orElse(""),
          e);
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("enrolment request must be a JSON object");
    }
    String format = tree.path("format").asText(null);
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "enrolment request format must be '" + FORMAT + "', was '" + format + "'");
    }
    KioskId kiosk = field("kiosk", () -> new KioskId(text(tree, "kiosk")));
    Ed25519PublicKey key =
        field("publicKey", () -> Ed25519PublicKey.parse(text(tree, "publicKey")));
    Instant created = field("createdAt", () -> Instant.parse(text(tree, "createdAt")));
    return new EnrolmentRequest(kiosk, key, created);
  }

  private static String text(JsonNode tree, String name) {
    JsonNode value = tree.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("enrolment request." + name + " is required (text)");
    }
    return value.asText();
  }

  private static <T> T field(String name, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "enrolment request." + name + " must be an ISO-8601 instant: " + e.getParsedString(), e);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new IllegalArgumentException(
          message.startsWith("enrolment request.")
              ? message
              : "enrolment request." + name + ": " + message,
          e);
    }
  }
}
