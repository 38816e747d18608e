package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HexFormat;
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
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.Sex;

/** DG13 fixtures built field by field, in the layouts the public parsers describe (cccd.md 3.6). */
class Dg13ParserTest {
  private static final String ID = "079085001234";

  @Test
  void readsEveryFieldByNumber() throws Exception {
    ChipCitizenData data =
        Dg13Parser.parse(
            dg13(
                field(1, printable(ID)),
                field(2, utf8("Nguyễn Văn An")),
                field(3, printable("15/03/1985")),
                field(4, utf8("Nam")),
                field(5, utf8("Việt Nam")),
                field(6, utf8("Kinh")),
                field(7, utf8("Không")),
                field(8, utf8("Xã Tân Phú, Đồng Tháp")),
                field(9, utf8("12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh")),
                field(10, utf8("Sẹo chấm C:2cm trên sau đuôi mắt trái")),
                field(11, printable("20/04/2021")),
                field(12, utf8("15/03/2025")),
                field(
                    13,
                    new DLSequence(utf8("Nguyễn Văn Bình")),
                    new DLSequence(utf8("Trần Thị Cúc"))),
                field(14),
                field(15, printable("025123456")),
                field(16, printable("ABCDEF0123456789"))));

    assertThat(data.id().value()).isEqualTo(ID);
    assertThat(data.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(data.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(data.sex()).isEqualTo(Sex.MALE);
    assertThat(data.nationality()).contains("Việt Nam");
    assertThat(data.placeOfOrigin()).contains("Xã Tân Phú, Đồng Tháp");
    assertThat(data.address()).startsWith("12 Lê Lợi");
    assertThat(data.issueDate()).isEqualTo(LocalDate.of(2021, 4, 20));
    assertThat(data.expiryDate()).contains(LocalDate.of(2025, 3, 15));
    assertThat(data.fatherName()).contains("Nguyễn Văn Bình");
    assertThat(data.motherName()).contains("Trần Thị Cúc");
    assertThat(data.spouseName()).isEmpty();
    assertThat(data.oldId()).contains("025123456");
    assertThat(data.field16()).contains("ABCDEF0123456789");
  }

  @Test
  void takesFieldsInAnyOrderWithEitherStringTypeAndIgnoresUnknownNumbers() throws Exception {
    ChipCitizenData data =
        Dg13Parser.parse(
            dg13(
                field(11, utf8("10/10/2021")),
                field(99, utf8("future field")),
                field(4, utf8("Nữ")),
                field(9, utf8("Số 5 Ngõ 10 Phố Huế, Hai Bà Trưng, Hà Nội")),
                field(3, utf8("02/09/2004")),
                field(2, printable("Tran Thi Binh")),
                field(1, utf8("001304009876")),
                field(12, utf8("Không thời hạn")),
                // NghiaLio's fixture nests both parents in one SEQUENCE.
                field(
                    13,
                    new DLSequence(
                        new ASN1Encodable[] {utf8("Trần Văn Đông"), utf8("Lê Thị Hoa")}))));

    assertThat(data.sex()).isEqualTo(Sex.FEMALE);
    assertThat(data.fullName()).isEqualTo("Tran Thi Binh");
    assertThat(data.expiryDate()).isEmpty();
    assertThat(data.fatherName()).contains("Trần Văn Đông");
    assertThat(data.motherName()).contains("Lê Thị Hoa");
    assertThat(data.nationality()).isEmpty();
  }

  @Test
  void normalisesDecomposedTextToNfc() throws Exception {
    String nfd = java.text.Normalizer.normalize("Lê Thị Hồng Ặng", java.text.Normalizer.Form.NFD);
    ChipCitizenData data = Dg13Parser.parse(minimal(field(2, utf8(nfd))));

    assertThat(data.fullName()).isEqualTo("Lê Thị Hồng Ặng");
  }

  @Test
  void refusesAFileThatIsNotDg13() {
    assertThatThrownBy(() -> Dg13Parser.parse(HexFormat.of().parseHex("6103020101")))
        .isInstanceOf(MalformedChipDataException.class)
        .hasMessage("DG13 must start with tag 6D ([APPLICATION 13])");
    assertThatThrownBy(() -> Dg13Parser.parse(HexFormat.of().parseHex("6D05300302")))
        .isInstanceOf(MalformedChipDataException.class)
        .hasMessageStartingWith("DG13 is not valid BER");
  }

  @Test
  void namesAMissingRequiredField() {
    assertThatThrownBy(
            () ->
                Dg13Parser.parse(
                    dg13(
                        field(1, printable(ID)),
                        field(3, printable("15/03/1985")),
                        field(4, utf8("Nam")))))
        .isInstanceOf(MalformedChipDataException.class)
        .hasMessage("DG13 field 2 is missing or empty");
  }

  @Test
  void namesTheFieldOfABadDateSexOrId() {
    assertThatThrownBy(() -> Dg13Parser.parse(minimal(field(3, printable("1985-03-15")))))
        .hasMessage("DG13 field 3 must be a dd/MM/yyyy date, was '1985-03-15'");
    assertThatThrownBy(() -> Dg13Parser.parse(minimal(field(4, utf8("M")))))
        .hasMessage("DG13 field 4 (sex) must be Nam or Nữ, was 'M'");
    assertThatThrownBy(() -> Dg13Parser.parse(minimal(field(1, printable("07908500123")))))
        .hasMessageStartingWith("DG13 field 1: citizen id must be exactly 12 digits")
        .hasMessageNotContaining("07908500123");
  }

  /** Fields 1-4, 9, 11 of a valid card, with {@code override} replacing the one of its number. */
  private static byte[] minimal(DLSequence override) throws Exception {
    int n = ((ASN1Integer) override.getObjectAt(0)).intValueExact();
    DLSequence[] fields = {
      field(1, printable(ID)),
      field(2, utf8("Nguyễn Văn An")),
      field(3, printable("15/03/1985")),
      field(4, utf8("Nam")),
      field(9, utf8("12 Lê Lợi")),
      field(11, printable("20/04/2021"))
    };
    for (int i = 0; i < fields.length; i++) {
      if (((ASN1Integer) fields[i].getObjectAt(0)).intValueExact() == n) {
        fields[i] = override;
      }
    }
    return dg13(fields);
  }

  static byte[] dg13(DLSequence... fields) throws Exception {
    ASN1EncodableVector set = new ASN1EncodableVector();
    for (DLSequence field : fields) {
      set.add(field);
    }
    DLSequence body =
        new DLSequence(
            new ASN1Encodable[] {
              new ASN1Integer(1), new ASN1ObjectIdentifier("1.0.10646.1.0.8"), new DLSet(set)
            });
    return new DLTaggedObject(true, BERTags.APPLICATION, 13, body).getEncoded();
  }

  static DLSequence field(int number, ASN1Encodable... values) {
    ASN1EncodableVector entry = new ASN1EncodableVector();
    entry.add(new ASN1Integer(number));
    for (ASN1Encodable value : values) {
      entry.add(value);
    }
    return new DLSequence(entry);
  }

  static ASN1Encodable printable(String text) {
    return new DERPrintableString(text);
  }

  static ASN1Encodable utf8(String text) {
    return new DERUTF8String(text);
  }

  @Test
  void theEncodedLayoutMatchesTheCardsPrefix() throws Exception {
    byte[] bytes = minimal(field(1, printable(ID)));
    // 6D L 30 L 02 01 01 06 06 28 D3 16 01 00 08 31 L ...: version 1, then OID 1.0.10646.1.0.8.
    String hex = HexFormat.of().withUpperCase().formatHex(bytes);
    assertThat(hex).startsWith("6D").contains("020101060628D31601000831");
    assertThat(Optional.of(Dg13Parser.parse(bytes).id().value())).contains(ID);
  }
}
