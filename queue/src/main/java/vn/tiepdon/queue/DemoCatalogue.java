package vn.tiepdon.queue;

import java.time.LocalTime;
import java.util.List;

/**
 * The demo hospital's outpatient departments (the department screen of UX.md): used by {@code
 * tiepdon demo} and by {@code tiepdon ticket} when no configuration is given. Insurance prices
 * follow the BHYT schedule for a class-I hospital's examination (50.600 đ); self-paying patients
 * pay the hospital's service fee.
 */
public final class DemoCatalogue {
  private static final List<String> MON_SAT =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY");
  private static final List<String> MON_FRI =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
  private static final long BHYT_EXAMINATION = 50_600;
  private static final int ANY_AGE = QueueSettings.Ages.OLDEST;

  private DemoCatalogue() {}

  public static QueueSettings settings() {
    return new QueueSettings(
        List.of(
            service("NOI", "Khám Nội", "Internal medicine", 105, 1, "A", MON_SAT, 400, 16, ANY_AGE),
            service("NGOAI", "Khám Ngoại", "Surgery", 112, 1, "A", MON_SAT, 200, 16, ANY_AGE),
            service("NHI", "Nhi", "Paediatrics", 201, 2, "A", MON_SAT, 250, 0, 16),
            service(
                "SAN",
                "Sản – Phụ khoa",
                "Obstetrics & Gynaecology",
                205,
                2,
                "B",
                MON_SAT,
                150,
                0,
                ANY_AGE),
            service("TMH", "Tai Mũi Họng", "ENT", 301, 3, "A", MON_SAT, 150, 0, ANY_AGE),
            service("RHM", "Răng Hàm Mặt", "Dental", 305, 3, "A", MON_SAT, 120, 0, ANY_AGE),
            service("MAT", "Mắt", "Eye", 310, 3, "B", MON_SAT, 150, 0, ANY_AGE),
            service("DALIEU", "Da liễu", "Dermatology", 402, 4, "B", MON_FRI, 100, 0, ANY_AGE)),
        null,
        5,
        "https://tiepdon.example.vn/hang-doi/" + QueueSettings.TICKET_PLACEHOLDER);
  }

  public static ServiceCatalogue catalogue() {
    return settings().catalogue();
  }

  private static QueueSettings.Service service(
      String code,
      String nameVi,
      String nameEn,
      int room,
      int floor,
      String block,
      List<String> days,
      int capacity,
      int ageFrom,
      int ageUnder) {
    return new QueueSettings.Service(
        code,
        nameVi,
        nameEn,
        "Phòng " + room + " – Tầng " + floor + " – Khu " + block,
        "Room " + room + " – Floor " + floor + " – Block " + block,
        LocalTime.of(7, 0),
        LocalTime.of(16, 30),
        days,
        capacity,
        new QueueSettings.Ages(ageFrom, ageUnder),
        BHYT_EXAMINATION,
        150_000);
  }
}
