package vn.tiepdon.citizenid.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;

/**
 * Eight made-up citizens (names, numbers and addresses are invented, never real people's) covering
 * the cases the kiosk must handle: both card types, both centuries of birth, with and without an
 * old CMND, stacked diacritics, a child under 6, people over 75, cards with and without expiry.
 *
 * <p>Căn cước holders are aged relative to the clock and their cards were issued a few months
 * before it, so they stay valid and of the same age whatever the date. CCCD 2021 cards were issued
 * only until 30 June 2024, so those holders have fixed dates; all but one hold cards without
 * expiry, and that one's card is valid until 19 August 2036.
 */
public final class MadeUpCitizens {
  /** The earliest date for which the Căn cước cards (first issued 1 July 2024) can be made up. */
  public static final LocalDate EARLIEST = LocalDate.of(2024, 10, 1);

  private static final int ISSUED_DAYS_AGO = 90;

  private MadeUpCitizens() {}

  /**
   * @throws IllegalArgumentException if the clock's date is before {@link #EARLIEST}
   */
  public static List<MadeUpCitizen> asOf(Clock clock) {
    return all(LocalDate.now(clock));
  }

  /**
   * The citizens as of {@code today}: their cards parse without error or warning on that day.
   *
   * @throws IllegalArgumentException if {@code today} is before {@link #EARLIEST}
   */
  public static List<MadeUpCitizen> all(LocalDate today) {
    if (today.isBefore(EARLIEST)) {
      throw new IllegalArgumentException(
          "today must be on or after " + EARLIEST + ", was " + today);
    }
    LocalDate issued = today.minusDays(ISSUED_DAYS_AGO);
    return List.of(
        cccd(
            "Man over 75, CCCD 2021 with a 9-digit CMND, no expiry",
            "079",
            "Trần Văn Đức",
            LocalDate.of(1948, 6, 12),
            Sex.MALE,
            "025481937",
            "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
            LocalDate.of(2021, 4, 20)),
        cccd(
            "Woman born 1962, CCCD 2021 with a 12-digit CMND, issued at 59: no expiry",
            "001",
            "Nguyễn Thị Ngọc Ánh",
            LocalDate.of(1962, 11, 3),
            Sex.FEMALE,
            "001162507318",
            "Số 5 Ngõ 10 Phố Huế, Phường Phố Huế, Quận Hai Bà Trưng, Hà Nội",
            LocalDate.of(2022, 3, 14)),
        cccd(
            "Woman born 1976, CCCD 2021 without CMND, expires at 60",
            "087",
            "Võ Thị Tuyết Nhung",
            LocalDate.of(1976, 8, 19),
            Sex.FEMALE,
            "",
            "Ấp Mỹ Hưng, Xã Mỹ Hiệp, Huyện Cao Lãnh, Đồng Tháp",
            LocalDate.of(2021, 9, 6)),
        canCuoc(
            "Woman aged 34, Căn cước 2024, stacked diacritics",
            "048",
            "Lê Thị Hồng Ặng",
            today.minusYears(34).minusDays(41),
            Sex.FEMALE,
            "",
            "Tổ 3, Phường Hải Châu, Thành phố Đà Nẵng",
            issued),
        canCuoc(
            "Boy aged 4, Căn cước 2024 (born this century)",
            "092",
            "Hoàng Minh Khôi",
            today.minusYears(4).minusDays(130),
            Sex.MALE,
            "",
            "Số 27 Đường 30 Tháng 4, Phường Xuân Khánh, Quận Ninh Kiều, Cần Thơ",
            issued),
        canCuoc(
            "Girl aged 15, Căn cước 2024 (born this century)",
            "068",
            "Bùi Ngọc Diệp",
            today.minusYears(15).minusDays(200),
            Sex.FEMALE,
            "",
            "Số 8 Đường Trần Hưng Đạo, Phường 3, Thành phố Đà Lạt, Lâm Đồng",
            issued),
        canCuoc(
            "Man aged 52, Căn cước 2024 with a 9-digit CMND",
            "040",
            "Đặng Quốc Trường",
            today.minusYears(52).minusDays(75),
            Sex.MALE,
            "186392047",
            "Xóm 4, Xã Nghi Phú, Thành phố Vinh, Nghệ An",
            issued),
        canCuoc(
            "Man aged 81, Căn cước 2024 with a 9-digit CMND, no expiry",
            "046",
            "Dương Văn Lũy",
            today.minusYears(81).minusDays(12),
            Sex.MALE,
            "190274318",
            "Số 9 Kiệt 15 Đường Nguyễn Trãi, Phường Tây Lộc, Thành phố Huế",
            issued));
  }

  private static MadeUpCitizen cccd(
      String label,
      String province,
      String name,
      LocalDate dateOfBirth,
      Sex sex,
      String oldId,
      String address,
      LocalDate issueDate) {
    return citizen(
        label, province, name, dateOfBirth, sex, oldId, address, issueDate, CardType.CCCD_2021);
  }

  private static MadeUpCitizen canCuoc(
      String label,
      String province,
      String name,
      LocalDate dateOfBirth,
      Sex sex,
      String oldId,
      String address,
      LocalDate issueDate) {
    return citizen(
        label, province, name, dateOfBirth, sex, oldId, address, issueDate, CardType.CAN_CUOC_2024);
  }

  private static MadeUpCitizen citizen(
      String label,
      String province,
      String name,
      LocalDate dateOfBirth,
      Sex sex,
      String oldId,
      String address,
      LocalDate issueDate,
      CardType type) {
    CitizenCard card =
        CitizenCard.withLawfulExpiry(
            idFor(province, dateOfBirth, sex, name),
            Optional.of(oldId).filter(id -> !id.isEmpty()),
            name,
            dateOfBirth,
            sex,
            address,
            issueDate,
            type);
    return new MadeUpCitizen(label, card);
  }

  /**
   * Province, century-and-sex digit and year as the rules demand; six digits derived from the name.
   */
  private static CitizenId idFor(String province, LocalDate dateOfBirth, Sex sex, String name) {
    int year = dateOfBirth.getYear();
    int centuryDigit = (year / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    int serial = Math.floorMod(name.hashCode(), 1_000_000);
    return CitizenId.of(String.format("%s%d%02d%06d", province, centuryDigit, year % 100, serial));
  }
}
