package vn.tiepdon.citizenid.chip.software;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSequence;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.DLTaggedObject;
import vn.tiepdon.citizenid.chip.ChipCitizenData;

/**
 * Writes DG13 the way CCCD chips lay it out (cccd.md 3.6): PrintableString for the ID, dates and
 * field 15/16, UTF8String for text, parents and spouse as nested SEQUENCEs. DL (not DER) sets keep
 * the card's field order, which DER would re-sort.
 */
final class Dg13Encoder {
  private static final String UTF8_OID = "1.0.10646.1.0.8";
  private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Text for a card without expiry; what real cards hold here is not confirmed. */
  static final String NO_EXPIRY = "Không thời hạn";

  private Dg13Encoder() {}

  static byte[] encode(ChipCitizenData data) {
    ASN1EncodableVector fields = new ASN1EncodableVector();
    fields.add(field(1, printable(data.id().value())));
    fields.add(field(2, utf8(data.fullName())));
    fields.add(field(3, printable(date(data.dateOfBirth()))));
    fields.add(field(4, utf8(data.sex().cardText())));
    optional(fields, 5, data.nationality());
    optional(fields, 6, data.ethnicity());
    optional(fields, 7, data.religion());
    optional(fields, 8, data.placeOfOrigin());
    fields.add(field(9, utf8(data.address())));
    optional(fields, 10, data.identifyingMarks());
    fields.add(field(11, printable(date(data.issueDate()))));
    fields.add(field(12, utf8(data.expiryDate().map(Dg13Encoder::date).orElse(NO_EXPIRY))));
    fields.add(
        field(
            13,
            new DLSequence(utf8(data.fatherName().orElse(""))),
            new DLSequence(utf8(data.motherName().orElse("")))));
    fields.add(
        data.spouseName().isPresent()
            ? field(14, new DLSequence(utf8(data.spouseName().get())))
            : field(14));
    data.oldId().ifPresent(old -> fields.add(field(15, printable(old))));
    data.field16().ifPresent(value -> fields.add(field(16, printable(value))));
    DLSequence body =
        new DLSequence(
            new ASN1Encodable[] {
              new ASN1Integer(1), new ASN1ObjectIdentifier(UTF8_OID), new DLSet(fields)
            });
    try {
      return new DLTaggedObject(true, BERTags.APPLICATION, 13, body).getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode DG13", e);
    }
  }

  private static void optional(ASN1EncodableVector fields, int number, Optional<String> text) {
    text.ifPresent(value -> fields.add(field(number, utf8(value))));
  }

  private static DLSequence field(int number, ASN1Encodable... values) {
    ASN1EncodableVector entry = new ASN1EncodableVector();
    entry.add(new ASN1Integer(number));
    for (ASN1Encodable value : values) {
      entry.add(value);
    }
    return new DLSequence(entry);
  }

  private static ASN1Encodable printable(String text) {
    return new DERPrintableString(text);
  }

  private static ASN1Encodable utf8(String text) {
    return new DERUTF8String(text);
  }

  private static String date(LocalDate date) {
    return CARD_DATE.format(date);
  }
}
