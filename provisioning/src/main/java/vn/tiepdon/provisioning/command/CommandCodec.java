package vn.tiepdon.provisioning.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tiepdon.provisioning.identity.CanonicalJson;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * JSON of commands and acks (UTF-8, ISO-8601 UTC). A command is one object:
 *
 * <pre>{@code
 * {"format":"tiepdon-command/1","id":"c-0042","site":"bv-choray","kiosk":"k01",
 *  "type":"SHOW_MESSAGE","args":{"vi":"...","en":"..."},
 *  "issuedAt":"2026-12-01T22:00:00Z","expiresAt":"2026-12-01T22:05:00Z",
 *  "nonce":"<16+ base64url>","operatorKeyId":"<16 hex>","signature":"<base64url, 64 bytes>"}
 * }</pre>
 *
 * The signature covers the RFC 8785 canonical bytes of that object without {@code signature}, as
 * received: a member added on the way breaks it.
 */
public final class CommandCodec {
  public static final String FORMAT = "tiepdon-command/1";
  public static final String ACK_FORMAT = "tiepdon-command-ack/1";

  /** Largest command accepted; a bundle or CSCA list fits well within it. */
  public static final int MAX_COMMAND_BYTES = 512 * 1024;

  /** Refuses duplicate members: which of two values was meant (and signed) is ambiguous. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  /** The envelope without signature: what the operator signs. */
  public ObjectNode unsignedJson(RemoteCommand command) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("format", FORMAT);
    json.put("id", command.id().value());
    json.put("site", command.target().site().value());
    json.put("kiosk", command.target().kiosk().value());
    json.put("type", command.type().name());
    json.set("args", command.args());
    json.put("issuedAt", command.issuedAt().toString());
    json.put("expiresAt", command.expiresAt().toString());
    json.put("nonce", command.nonce());
    json.put("operatorKeyId", command.operatorKeyId());
    return json;
  }

  /** The bytes a signature over this command covers. */
  public byte[] signedBytes(RemoteCommand command) {
    return CanonicalJson.bytes(unsignedJson(command));
  }

  /** The payload to publish on {@code …/cmd/{id}}. */
  public byte[] encode(SignedCommand command) {
    ObjectNode json = unsignedJson(command.command());
    if (command.signed()) {
      json.put("signature", BASE64URL.encodeToString(command.signature()));
    }
    return write(json);
  }

  /**
   * Reads a command as received. An absent signature gives an unsigned command (rejected later with
   * a clear status); anything else that is wrong is a {@link MalformedCommandException}.
   */
  public SignedCommand decode(byte[] payload) {
    if (payload == null || payload.length == 0) {
      throw new MalformedCommandException("command is empty");
    }
    if (payload.length > MAX_COMMAND_BYTES) {
      throw new MalformedCommandException(
          "command is " + payload.length + " bytes, more than " + MAX_COMMAND_BYTES);
    }
    ObjectNode json = object(payload, "command");
    String format = text(json, "format");
    if (!FORMAT.equals(format)) {
      throw new MalformedCommandException("format must be '" + FORMAT + "', was '" + format + "'");
    }
    byte[] signature = new byte[0];
    JsonNode signatureNode = json.remove("signature");
    if (signatureNode != null) {
      if (!signatureNode.isTextual()) {
        throw new MalformedCommandException("signature must be base64url text");
      }
      signature = field("signature", () -> Base64.getUrlDecoder().decode(signatureNode.asText()));
    }
    JsonNode args = json.get("args");
    if (args != null && !args.isObject()) {
      throw new MalformedCommandException("args must be an object");
    }
    RemoteCommand command =
        field(
            "command",
            () ->
                new RemoteCommand(
                    field("id", () -> new CommandId(text(json, "id"))),
                    field("site/kiosk", () -> KioskRef.of(text(json, "site"), text(json, "kiosk"))),
                    field("type", () -> CommandType.valueOf(text(json, "type"))),
                    (ObjectNode) args,
                    instant(json, "issuedAt"),
                    instant(json, "expiresAt"),
                    text(json, "nonce"),
                    text(json, "operatorKeyId")));
    return new SignedCommand(command, CanonicalJson.bytes(json), signature);
  }

  public byte[] encode(CommandAck ack) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("format", ACK_FORMAT);
    json.put("commandId", ack.commandId().value());
    json.put("site", ack.kiosk().site().value());
    json.put("kiosk", ack.kiosk().kiosk().value());
    json.put("status", ack.status().name());
    json.put("detail", ack.detail());
    json.put("at", ack.at().toString());
    ack.result().ifPresent(result -> json.set("result", result));
    return write(json);
  }

  public CommandAck decodeAck(byte[] payload) {
    if (payload == null || payload.length == 0) {
      throw new MalformedCommandException("ack is empty");
    }
    ObjectNode json = object(payload, "ack");
    return field(
        "ack",
        () ->
            new CommandAck(
                field("commandId", () -> new CommandId(text(json, "commandId"))),
                field("site/kiosk", () -> KioskRef.of(text(json, "site"), text(json, "kiosk"))),
                field("status", () -> AckStatus.valueOf(text(json, "status"))),
                json.path("detail").asText(""),
                instant(json, "at"),
                Optional.ofNullable(json.get("result"))));
  }

  private static ObjectNode object(byte[] payload, String what) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(payload);
    } catch (IOException e) {
      throw new MalformedCommandException(what + " is not JSON: " + firstLine(e), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new MalformedCommandException(what + " must be a JSON object");
    }
    return (ObjectNode) tree;
  }

  private static String firstLine(IOException e) {
    String message =
        e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }

  private static String text(JsonNode json, String name) {
    JsonNode value = json.get(name);
    if (value == null || value.isNull()) {
      throw new MalformedCommandException(name + " is required");
    }
    if (!value.isTextual()) {
      throw new MalformedCommandException(name + " must be text");
    }
    return value.asText();
  }

  private static Instant instant(JsonNode json, String name) {
    String text = text(json, name);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new MalformedCommandException(
          name + " must be an ISO-8601 UTC instant, was '" + text + "'", e);
    }
  }

  private static <T> T field(String name, Supplier<T> read) {
    try {
      return read.get();
    } catch (MalformedCommandException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new MalformedCommandException(name + ": " + e.getMessage(), e);
    }
  }

  private static byte[] write(JsonNode json) {
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("command JSON cannot be written", e);
    }
  }
}
