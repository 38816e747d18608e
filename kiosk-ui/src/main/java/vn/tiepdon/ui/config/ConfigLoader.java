package vn.tiepdon.ui.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates the YAML configuration once, at start-up. Every error names the source, the
 * key path and the value, so that the person at the kiosk's keyboard can fix it without reading
 * code.
 */
public final class ConfigLoader {
  private static final Pattern LEADING_FIELD = Pattern.compile("([a-z][A-Za-z0-9.]*) ");
  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  public TiepdonConfig load(Path file) {
    return load(file, TiepdonConfig.class);
  }

  /** Reads a cashier desk's configuration. */
  public DeskConfig loadDesk(Path file) {
    return load(file, DeskConfig.class);
  }

  private <T> T load(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), type);
    } catch (NoSuchFileException e) {
      throw new ConfigException("", "configuration file not found: " + file);
    } catch (IOException e) {
      throw new ConfigException(
          "", "cannot read configuration file " + file + ": " + e.getMessage());
    }
  }

  /** Reads a configuration bundled with the application, such as the demo's. */
  public TiepdonConfig loadResource(String resource) {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException("", "bundled configuration not found: " + resource);
      }
      return read(in, resource, TiepdonConfig.class);
    } catch (IOException e) {
      throw new ConfigException("", "cannot read bundled configuration " + resource);
    }
  }

  /** Reads one section type from a stream; for tools that need only part of a configuration. */
  public <T> T read(InputStream in, String source, Class<T> type) throws IOException {
    try {
      T config = yaml.readValue(in, type);
      if (config == null) {
        throw new ConfigException("", source + ": the configuration is empty");
      }
      return config;
    } catch (JsonMappingException e) {
      String key = refineWithField(keyPath(e), e);
      throw new ConfigException(key, source + ": " + describe(key, e));
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          "", source + ": not valid YAML at " + location(e) + ": " + e.getOriginalMessage());
    }
  }

  private static String describe(String key, JsonMappingException e) {
    String where = key.isEmpty() ? "top level" : "key '" + key + "'";
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown key '" + key + "' (" + location(e) + ")";
    }
    if (e instanceof InvalidFormatException format) {
      return where
          + ": value '"
          + format.getValue()
          + "' is not a valid "
          + format.getTargetType().getSimpleName()
          + " ("
          + location(e)
          + ")";
    }
    Throwable root = rootCause(e);
    String reason =
        root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
    return where + ": " + reason + " (" + location(e) + ")";
  }

  /**
   * A settings record rejects a value with a message that starts with the field's name; the
   * parser's path stops at the record, so the field is appended to name the key exactly.
   */
  private static String refineWithField(String key, JsonMappingException e) {
    Throwable root = rootCause(e);
    if (!(root instanceof IllegalArgumentException) || root.getMessage() == null) {
      return key;
    }
    Matcher field = LEADING_FIELD.matcher(root.getMessage());
    return field.lookingAt() ? (key.isEmpty() ? "" : key + ".") + field.group(1) : key;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String keyPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? "unknown position"
        // Records are bound through their constructors, so Jackson reports where the enclosing
        // mapping ended rather than the exact key: "near" keeps the hint honest.
        : "near line " + e.getLocation().getLineNr();
  }
}
