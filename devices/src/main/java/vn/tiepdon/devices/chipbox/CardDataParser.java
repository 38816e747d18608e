package vn.tiepdon.devices.chipbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tiepdon.devices.card.UntrustedCardData;

/**
 * Checks the JSON document of a parsed-data box ({@code tiepdon-card/1}, devices/README.md) and
 * turns it into {@link UntrustedCardData}. Checked: UTF-8, JSON syntax and nesting, the format
 * name, required fields and their types, ID digits, dates ({@code dd/MM/yyyy}, real, in order, not
 * in the future), sex, text lengths and control characters, strict base64, the face's size limit
 * and its JPEG / JPEG 2000 signature. Unknown fields are ignored so newer box firmware still works.
 * Nothing here authenticates the data: it stays untrusted.
 */
public final class CardDataParser {
  public static final String FORMAT = "tiepdon-card/1";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ID12 = Pattern.compile("[0-9]{12}");
  private static final Pattern ID9 = Pattern.compile("[0-9]{9}");
  private static final Set<String> SEXES = Set.of("Nam", "Nữ");
  private static final int MAX_TEXT = 200;
  private static final int MAX_QR = 1024;

  private final ObjectMapper json;
  private final int maxFaceBytes;
  private final Clock clock;

  /**
   * @param maxFaceBytes the largest face image accepted, decoded
   */
  public CardDataParser(int maxFaceBytes, Clock clock) {
    if (maxFaceBytes < 1024 || maxFaceBytes > 48 * 1024) {
      throw new IllegalArgumentException(
          "maxFaceBytes must be 1024..49152 (a frame holds 64 KiB of base64), was " + maxFaceBytes);
    }
    this.maxFaceBytes = maxFaceBytes;
    this.clock = Objects.requireNonNull(clock, "clock");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(8)
                    .maxStringLength(BoxFrame.MAX_PAYLOAD)
                    .maxNumberLength(32)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.json = new ObjectMapper(factory);
  }

  public UntrustedCardData parse(byte[] document) throws RejectedCardDataException {
    JsonNode root = read(document);
    if (!root.isObject()) {
      throw new RejectedCardDataException("document", "must be a JSON object");
    }
    String format = text(root, "format", "format", true, 64).orElseThrow();
    if (!format.equals(FORMAT)) {
      throw new RejectedCardDataException("format", "must be " + FORMAT);
    }
    Optional<String> qr = text(root, "qr", "qr", false, MAX_QR);
    JsonNode chip = root.get("chip");
    if (chip == null || !chip.isObject()) {
      throw new RejectedCardDataException("chip", "must be a JSON object and is required");
    }
    String id = text(chip, "idNumber", "chip.idNumber", true, 12).orElseThrow();
    if (!ID12.matcher(id).matches()) {
      throw new RejectedCardDataException("chip.idNumber", "must be 12 digits");
    }
    Optional<String> oldId = text(chip, "oldIdNumber", "chip.oldIdNumber", false, 9);
    if (oldId.isPresent() && !ID9.matcher(oldId.get()).matches()) {
      throw new RejectedCardDataException("chip.oldIdNumber", "must be 9 digits or left out");
    }
    String name = text(chip, "fullName", "chip.fullName", true, 100).orElseThrow();
    LocalDate birth = date(chip, "dateOfBirth", true).orElseThrow();
    String sex = text(chip, "sex", "chip.sex", true, 10).orElseThrow();
    if (!SEXES.contains(sex)) {
      throw new RejectedCardDataException("chip.sex", "must be Nam or Nữ");
    }
    Optional<String> origin = text(chip, "placeOfOrigin", "chip.placeOfOrigin", false, MAX_TEXT);
    String residence =
        text(chip, "placeOfResidence", "chip.placeOfResidence", true, MAX_TEXT).orElseThrow();
    LocalDate issued = date(chip, "issueDate", true).orElseThrow();
    Optional<LocalDate> expiry = date(chip, "expiryDate", false);
    LocalDate today = LocalDate.now(clock);
    if (birth.isAfter(today)) {
      throw new RejectedCardDataException("chip.dateOfBirth", "is in the future");
    }
    if (issued.isBefore(birth) || issued.isAfter(today)) {
      throw new RejectedCardDataException(
          "chip.issueDate", "must lie between the date of birth and today");
    }
    if (expiry.isPresent() && !expiry.get().isAfter(issued)) {
      throw new RejectedCardDataException("chip.expiryDate", "must be after the issue date");
    }
    byte[] face = face(root);
    return new UntrustedCardData(
        qr, id, oldId, name, birth, sex, origin, residence, issued, expiry, face, clock.instant());
  }

  private JsonNode read(byte[] document) throws RejectedCardDataException {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(document));
    } catch (CharacterCodingException e) {
      throw new RejectedCardDataException("document", "is not valid UTF-8");
    }
    try (JsonParser parser = json.createParser(document)) {
      JsonNode root = json.readTree(parser);
      if (root == null) {
        throw new RejectedCardDataException("document", "is empty");
      }
      if (parser.nextToken() != null) {
        throw new RejectedCardDataException("document", "has content after the JSON object");
      }
      return root;
    } catch (IOException e) {
      // Jackson's message quotes the input; only its location is safe to pass on.
      String where =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                  && p.getLocation() != null
              ? " (at byte " + p.getLocation().getByteOffset() + ")"
              : "";
      throw new RejectedCardDataException(
          "document", "is not well-formed JSON or breaks a size limit" + where);
    }
  }

  private static Optional<String> text(
      JsonNode parent, String key, String path, boolean required, int maxChars)
      throws RejectedCardDataException {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
      if (required) {
        throw new RejectedCardDataException(path, "is required");
      }
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new RejectedCardDataException(path, "must be a string, was " + node.getNodeType());
    }
    String value = Normalizer.normalize(node.asText().strip(), Normalizer.Form.NFC);
    if (value.isEmpty() && required) {
      throw new RejectedCardDataException(path, "is required");
    }
    if (value.codePointCount(0, value.length()) > maxChars) {
      throw new RejectedCardDataException(path, "must be at most " + maxChars + " characters");
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new RejectedCardDataException(path, "must not contain control characters");
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<LocalDate> date(JsonNode chip, String key, boolean required)
      throws RejectedCardDataException {
    String path = "chip." + key;
    Optional<String> text = text(chip, key, path, required, 10);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get(), DATE));
    } catch (DateTimeParseException e) {
      throw new RejectedCardDataException(path, "must be a real date written dd/MM/yyyy");
    }
  }

  private byte[] face(JsonNode root) throws RejectedCardDataException {
    JsonNode node = root.get("faceImage");
    if (node == null || node.isNull()) {
      throw new RejectedCardDataException("faceImage", "is required (base64 JPEG or JPEG 2000)");
    }
    if (!node.isTextual()) {
      throw new RejectedCardDataException("faceImage", "must be a base64 string");
    }
    String base64 = node.asText();
    long maxChars = 4L * ((maxFaceBytes + 2) / 3);
    if (base64.length() > maxChars) {
      throw new RejectedCardDataException(
          "faceImage", "is larger than the limit of " + maxFaceBytes + " bytes");
    }
    byte[] face;
    try {
      face = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new RejectedCardDataException("faceImage", "is not valid base64");
    }
    if (face.length > maxFaceBytes) {
      java.util.Arrays.fill(face, (byte) 0);
      throw new RejectedCardDataException(
          "faceImage", "is larger than the limit of " + maxFaceBytes + " bytes");
    }
    if (!isJpeg(face) && !isJpeg2000(face)) {
      java.util.Arrays.fill(face, (byte) 0);
      throw new RejectedCardDataException("faceImage", "is neither JPEG nor JPEG 2000");
    }
    return face;
  }

  private static boolean isJpeg(byte[] b) {
    return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
  }

  private static final byte[] JP2_SIGNATURE = {
    0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, (byte) 0x87, 0x0A
  };
  private static final byte[] J2K_CODESTREAM = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51};

  private static boolean isJpeg2000(byte[] b) {
    return startsWith(b, JP2_SIGNATURE) || startsWith(b, J2K_CODESTREAM);
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
