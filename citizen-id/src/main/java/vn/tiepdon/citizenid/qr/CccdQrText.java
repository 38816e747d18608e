package vn.tiepdon.citizenid.qr;

import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenCard;

/**
 * Writes a card as the text its QR code would hold: the inverse of {@link CccdQrParser}, for the
 * simulator and for tests. Căn cước cards get the four trailing empty fields seen on real cards.
 */
public final class CccdQrText {
  private static final DateTimeFormatter QR_DATE = DateTimeFormatter.ofPattern("ddMMuuuu");
  private static final String SEPARATOR = "|";

  private CccdQrText() {}

  /**
   * @throws IllegalArgumentException if the name or address holds a '|', which the layout cannot
   *     carry
   */
  public static String of(CitizenCard card) {
    int extraFields = card.cardType().qrFieldCount() - CardType.CCCD_2021.qrFieldCount();
    return Stream.concat(
            Stream.of(
                card.id().value(),
                card.oldId().orElse(""),
                withoutSeparator("fullName", card.fullName()),
                QR_DATE.format(card.dateOfBirth()),
                card.sex().cardText(),
                withoutSeparator("address", card.address()),
                QR_DATE.format(card.issueDate())),
            Collections.nCopies(extraFields, "").stream())
        .collect(Collectors.joining(SEPARATOR));
  }

  private static String withoutSeparator(String name, String text) {
    int at = text.indexOf(SEPARATOR);
    if (at >= 0) {
      throw new IllegalArgumentException(
          name + " cannot hold '|' in a QR code, found one at position " + (at + 1));
    }
    return text;
  }
}
