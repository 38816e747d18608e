package vn.tiepdon.provisioning.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The bytes a signature covers: RFC 8785 (JSON Canonicalization Scheme) of a JSON value, so that
 * whitespace, key order and number spelling on the way do not break a signature.
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CanonicalJson() {}

  public static byte[] bytes(JsonNode value) {
    try {
      return new JsonCanonicalizer(MAPPER.writeValueAsString(value)).getEncodedUTF8();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON", e);
    } catch (IOException e) {
      // JCS refuses what I-JSON forbids, e.g. numbers beyond IEEE 754 double.
      throw new IllegalArgumentException("value cannot be canonicalized: " + e.getMessage(), e);
    }
  }
}
