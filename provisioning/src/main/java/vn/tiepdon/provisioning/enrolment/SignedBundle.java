package vn.tiepdon.provisioning.enrolment;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import vn.tiepdon.provisioning.identity.CanonicalJson;

/**
 * A bundle file: the {@code bundle} object as signed, and the detached signature over its RFC 8785
 * canonical bytes (decision 0006).
 *
 * <pre>{@code
 * {"format":"tiepdon-enrolment-bundle/1",
 *  "bundle":{...},
 *  "signature":{"alg":"Ed25519","keyId":"<16 hex>","value":"<base64url>"}}
 * }</pre>
 */
public record SignedBundle(ObjectNode bundle, Optional<Signature> signature) {
  public static final String FORMAT = "tiepdon-enrolment-bundle/1";

  /** Largest bundle file read; a CSCA list of a few dozen certificates fits easily. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** Refuses duplicate members: which of two values was meant (and signed) is ambiguous. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  public SignedBundle {
    if (bundle == null || signature == null) {
      throw new IllegalArgumentException("bundle and signature are required");
    }
    bundle = bundle.deepCopy();
  }

  @Override
  public ObjectNode bundle() {
    return bundle.deepCopy();
  }

  /** The bytes the signature covers. */
  public byte[] signedBytes() {
    return CanonicalJson.bytes(bundle);
  }

  /** A detached Ed25519 signature and the id of the key that made it. */
  public record Signature(String keyId, byte[] value) {
    public Signature {
      if (keyId == null || value == null) {
        throw new IllegalArgumentException("keyId and value are required");
      }
      value = value.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }
  }

  public ObjectNode toJson() {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("format", FORMAT);
    json.set("bundle", bundle.deepCopy());
    signature.ifPresent(
        s ->
            json.putObject("signature")
                .put("alg", "Ed25519")
                .put("keyId", s.keyId())
                .put("value", Base64.getUrlEncoder().withoutPadding().encodeToString(s.value())));
    return json;
  }

  /** Indented JSON, for a file people may read. */
  public byte[] toBytes() {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson());
    } catch (IOException e) {
      throw new IllegalStateException("bundle cannot be written as JSON", e);
    }
  }

  /**
   * Reads a bundle file. A missing signature is not an error here (the verifier says UNSIGNED);
   * anything unreadable is {@link BundleRejection#MALFORMED}.
   */
  public static SignedBundle parse(byte[] file) {
    if (file == null || file.length == 0) {
      throw BundleCodec.malformed("bundle file is empty");
    }
    if (file.length > MAX_BYTES) {
      throw BundleCodec.malformed(
          "bundle file is " + file.length + " bytes, more than the " + MAX_BYTES + " allowed");
    }
    JsonNode json;
    try {
      json = MAPPER.readTree(file);
    } catch (IOException e) {
      throw BundleCodec.malformed(
          "bundle file is not JSON: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    return fromJson(json);
  }

  public static SignedBundle fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw BundleCodec.malformed("bundle file must be a JSON object");
    }
    String format = json.path("format").asText(null);
    if (!FORMAT.equals(format)) {
      throw BundleCodec.malformed(
          "bundle file format must be '"
              + FORMAT
              + "', was "
              + (format == null ? "missing" : "'" + format + "'"));
    }
    JsonNode bundle = json.get("bundle");
    if (bundle == null || !bundle.isObject()) {
      throw BundleCodec.malformed("bundle file has no 'bundle' object");
    }
    JsonNode signature = json.get("signature");
    if (signature == null || signature.isNull()) {
      return new SignedBundle((ObjectNode) bundle, Optional.empty());
    }
    if (!signature.isObject()
        || !"Ed25519".equals(signature.path("alg").asText())
        || !signature.path("keyId").isTextual()
        || !signature.path("value").isTextual()) {
      throw BundleCodec.malformed(
          "signature must be {\"alg\":\"Ed25519\",\"keyId\":...,\"value\":...}");
    }
    byte[] value;
    try {
      value = Base64.getUrlDecoder().decode(signature.get("value").asText());
    } catch (IllegalArgumentException e) {
      throw BundleCodec.malformed("signature.value is not base64url");
    }
    return new SignedBundle(
        (ObjectNode) bundle, Optional.of(new Signature(signature.get("keyId").asText(), value)));
  }
}
