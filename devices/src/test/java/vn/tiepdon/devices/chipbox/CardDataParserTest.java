package vn.tiepdon.devices.chipbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.devices.card.UntrustedCardData;

class CardDataParserTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);
  final CardDataParser parser = new CardDataParser(32 * 1024, CLOCK);

  @Test
  void aValidDocumentBecomesUntrustedCardData() throws Exception {
    UntrustedCardData data = parser.parse(CardDocuments.bytes(CardDocuments.valid()));

    assertThat(data.idNumber()).isEqualTo("079085001234");
    assertThat(data.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(data.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(data.sex()).isEqualTo("Nam");
    assertThat(data.issueDate()).isEqualTo(LocalDate.of(2021, 4, 20));
    assertThat(data.expiryDate()).contains(LocalDate.of(2025, 3, 15));
    assertThat(data.oldIdNumber()).contains("025123456");
    assertThat(data.qrText()).contains(CardDocuments.QR);
    assertThat(data.faceImage()).isEqualTo(CardDocuments.jpeg());
    assertThat(data.receivedAt()).isEqualTo(CLOCK.instant());
    assertThat(data.toString()).contains("079******234").doesNotContain("Nguyễn");
  }

  @Test
  void optionalFieldsMayBeLeftOutOrEmpty() throws Exception {
    ObjectNode doc = CardDocuments.valid();
    doc.remove("qr");
    ((ObjectNode) doc.get("chip")).put("oldIdNumber", "");
    ((ObjectNode) doc.get("chip")).remove("expiryDate");
    ((ObjectNode) doc.get("chip")).remove("placeOfOrigin");
    doc.put("vendorExtra", 42);

    UntrustedCardData data = parser.parse(CardDocuments.bytes(doc));

    assertThat(data.qrText()).isEmpty();
    assertThat(data.oldIdNumber()).isEmpty();
    assertThat(data.expiryDate()).isEmpty();
  }

  @Test
  void wipeZeroesTheRecordsFaceButNotTheCallersCopy() throws Exception {
    UntrustedCardData data = parser.parse(CardDocuments.bytes(CardDocuments.valid()));
    byte[] copy = data.faceImage();

    data.wipe();

    assertThat(data.faceImage()).containsOnly(0);
    assertThat(copy).isEqualTo(CardDocuments.jpeg());
  }

  static void rejects(CardDataParser parser, byte[] doc, String field, String problem) {
    assertThatThrownBy(() -> parser.parse(doc))
        .isInstanceOf(RejectedCardDataException.class)
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((RejectedCardDataException) e).field()).isEqualTo(field))
        // Values never appear in the message: it goes to logs.
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("079085", "Nguyễn", "1985"));
  }

  void rejectsChange(Consumer<ObjectNode> change, String field, String problem) {
    ObjectNode doc = CardDocuments.valid();
    change.accept(doc);
    rejects(parser, CardDocuments.bytes(doc), field, problem);
  }

  static ObjectNode chip(ObjectNode doc) {
    return (ObjectNode) doc.get("chip");
  }

  @ParameterizedTest(name = "chip.{0} = ''{1}''")
  @CsvSource({
    "idNumber, 07908500123, must be 12 digits",
    "idNumber, 0790850012345, at most 12",
    "idNumber, 07908500123A, must be 12 digits",
    "oldIdNumber, 02512345, must be 9 digits",
    "dateOfBirth, 1985-03-15, dd/MM/yyyy",
    "dateOfBirth, 30/02/1985, dd/MM/yyyy",
    "dateOfBirth, 15/03/2030, in the future",
    "issueDate, 20/04/1980, between the date of birth and today",
    "expiryDate, 01/01/2020, after the issue date",
    "sex, Male, must be Nam or Nữ",
    "fullName, '', is required",
  })
  void wrongChipFieldsAreRejectedByName(String field, String value, String problem) {
    rejectsChange(doc -> chip(doc).put(field, value), "chip." + field, problem);
  }

  @Test
  void missingRequiredPartsAreRejectedByName() {
    rejectsChange(
        doc -> chip(doc).remove("placeOfResidence"), "chip.placeOfResidence", "is required");
    rejectsChange(doc -> doc.remove("chip"), "chip", "is required");
    rejectsChange(doc -> doc.remove("faceImage"), "faceImage", "is required");
    rejectsChange(doc -> doc.put("format", "vendor/2"), "format", "must be tiepdon-card/1");
    rejectsChange(doc -> chip(doc).put("fullName", 12), "chip.fullName", "must be a string");
    rejectsChange(
        doc -> chip(doc).put("fullName", "An\u0007"), "chip.fullName", "control characters");
  }

  @Test
  void theFaceMustBeStrictBase64OfAJpegWithinTheLimit() {
    rejectsChange(doc -> doc.put("faceImage", "not base64!"), "faceImage", "not valid base64");
    rejectsChange(
        doc ->
            doc.put("faceImage", Base64.getEncoder().encodeToString("GIF89a....".getBytes(UTF_8))),
        "faceImage",
        "neither JPEG nor JPEG 2000");
    rejectsChange(
        doc -> doc.put("faceImage", Base64.getEncoder().encodeToString(new byte[40 * 1024])),
        "faceImage",
        "larger than the limit of 32768 bytes");
  }

  @Test
  void aJpeg2000FaceIsAccepted() throws Exception {
    byte[] j2k = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0, 0, 0, 0};
    ObjectNode doc = CardDocuments.valid();
    doc.put("faceImage", Base64.getEncoder().encodeToString(j2k));

    assertThat(parser.parse(CardDocuments.bytes(doc)).faceImage()).isEqualTo(j2k);
  }

  @Test
  void brokenDocumentsAreRejectedWithoutQuotingThem() {
    rejects(
        parser,
        "{\"format\": \"tiepdon-card/1\", \"chip\": {".getBytes(UTF_8),
        "document",
        "not well-formed JSON");
    rejects(parser, new byte[] {'{', (byte) 0xC3, '}'}, "document", "not valid UTF-8");
    rejects(parser, "[1,2]".getBytes(UTF_8), "document", "must be a JSON object");
    rejects(parser, new byte[0], "document", "is empty");
    rejects(parser, "{} {}".getBytes(UTF_8), "document", "content after");
    rejects(
        parser,
        "{\"format\":\"tiepdon-card/1\",\"format\":\"x\"}".getBytes(UTF_8),
        "document",
        "not well-formed JSON");
    rejects(parser, "[[[[[[[[[[[[1]]]]]]]]]]]]".getBytes(UTF_8), "document", "size limit");
  }
}
