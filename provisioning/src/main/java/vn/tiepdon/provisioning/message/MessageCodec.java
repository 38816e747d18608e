package vn.tiepdon.provisioning.message;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tiepdon.provisioning.telemetry.EventType;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * JSON for the telemetry messages (UTF-8, ISO-8601 UTC times, unknown fields ignored so that newer
 * kiosks can add fields). The schemas in {@code /schemas} describe the same shapes.
 */
public final class MessageCodec {
  private final ObjectMapper mapper;

  public MessageCodec() {
    SimpleModule ids = new SimpleModule("tiepdon-ids");
    ids.addSerializer(SiteId.class, new ToStringSerializer<>(SiteId.class));
    ids.addSerializer(KioskId.class, new ToStringSerializer<>(KioskId.class));
    ids.addDeserializer(SiteId.class, new FromStringDeserializer<>(SiteId::new));
    ids.addDeserializer(KioskId.class, new FromStringDeserializer<>(KioskId::new));
    mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(ids)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
  }

  public byte[] encode(KioskStatus status) {
    return write(status);
  }

  public byte[] encode(Health health) {
    return write(health);
  }

  public byte[] encode(EventMessage event) {
    return write(event);
  }

  public byte[] encode(PaymentNotice notice) {
    return write(notice);
  }

  /** Reads a desk's payment status for a kiosk; errors name the field. */
  public PaymentNotice decodePaymentNotice(byte[] json) {
    return read(json, "payment status", node -> mapper.treeToValue(node, PaymentNotice.class));
  }

  public KioskStatus decodeStatus(byte[] json) {
    return read(json, "status", node -> mapper.treeToValue(node, KioskStatus.class));
  }

  public Health decodeHealth(byte[] json) {
    return read(json, "health", node -> mapper.treeToValue(node, Health.class));
  }

  /** Reads an event; its {@code data} is read as the record its {@code type} names. */
  public EventMessage decodeEvent(byte[] json) {
    return read(
        json,
        "event",
        node -> {
          EventType type = mapper.treeToValue(required(node, "type"), EventType.class);
          KioskEvent data;
          try {
            data = mapper.treeToValue(required(node, "data"), type.dataType());
          } catch (JsonMappingException e) {
            e.prependPath(node, "data");
            throw e;
          }
          ObjectNode envelope = ((ObjectNode) node.deepCopy()).without("data");
          Envelope e = mapper.treeToValue(envelope, Envelope.class);
          return new EventMessage(e.id(), e.site(), e.kiosk(), e.at(), type, data);
        });
  }

  /** The event fields other than {@code data}, read first so errors name the right field. */
  private record Envelope(
      java.util.UUID id, SiteId site, KioskId kiosk, java.time.Instant at, EventType type) {}

  private static JsonNode required(JsonNode node, String field) throws JsonMappingException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw JsonMappingException.from((JsonParser) null, "missing required field '" + field + "'");
    }
    return value;
  }

  private byte[] write(Object message) {
    try {
      return mapper.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + message.getClass().getSimpleName(), e);
    }
  }

  private interface NodeReader<T> {
    T read(JsonNode node) throws IOException;
  }

  private <T> T read(byte[] json, String kind, NodeReader<T> reader) {
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || !node.isObject()) {
        throw new MalformedMessageException(kind + " message must be a JSON object", null);
      }
      return reader.read(node);
    } catch (MalformedMessageException e) {
      throw e;
    } catch (JsonMappingException e) {
      throw new MalformedMessageException(kind + " message: " + rootMessage(e) + pathOf(e), e);
    } catch (JacksonException e) {
      throw new MalformedMessageException(
          kind + " message is not JSON: " + e.getOriginalMessage() + locationOf(e), e);
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException(kind + " message: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MalformedMessageException(kind + " message unreadable: " + e.getMessage(), e);
    }
  }

  /** Validation errors from our records arrive wrapped; their own message is the useful one. */
  private static String rootMessage(JsonMappingException e) {
    Throwable cause = e.getCause();
    while (cause != null && cause.getCause() != null && cause != cause.getCause()) {
      cause = cause.getCause();
    }
    if (cause instanceof IllegalArgumentException) {
      return cause.getMessage();
    }
    return e.getOriginalMessage();
  }

  private static String pathOf(JsonMappingException e) {
    if (e.getPath().isEmpty()) {
      return "";
    }
    return " (at "
        + e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[")
        + ")";
  }

  private static String locationOf(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    ToStringSerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class FromStringDeserializer<T> extends JsonDeserializer<T> {
    private final Function<String, T> factory;

    FromStringDeserializer(Function<String, T> factory) {
      this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        return ctxt.reportInputMismatch(this, "expected a string, was %s", p.currentToken());
      }
      try {
        return factory.apply(p.getValueAsString());
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
