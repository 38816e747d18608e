package vn.tiepdon.provisioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The message schemas shipped in {@code /schemas}, checked with networknt's validator. */
public final class Schemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private Schemas() {}

  /** Problems of {@code json} against {@code name}.schema.json; empty when valid. */
  public static List<String> problems(String name, byte[] json) {
    try (InputStream schemaText =
        Schemas.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
      if (schemaText == null) {
        throw new IllegalArgumentException("no schema " + name);
      }
      JsonSchema schema = FACTORY.getSchema(schemaText, CONFIG);
      JsonNode node = JSON.readTree(json);
      return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
