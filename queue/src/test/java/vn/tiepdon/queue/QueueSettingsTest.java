package vn.tiepdon.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueSettingsTest {
  private static QueueSettings.Service noi(int capacity) {
    return new QueueSettings.Service(
        "NOI",
        "Khám Nội",
        "Internal medicine",
        "Phòng 105",
        "Room 105",
        LocalTime.of(7, 0),
        LocalTime.of(16, 30),
        null,
        capacity,
        new QueueSettings.Ages(16, 150),
        50_600,
        150_000);
  }

  @Test
  void demoCatalogueHoldsTheEightDepartmentsOfTheDepartmentScreen() {
    ServiceCatalogue catalogue = DemoCatalogue.catalogue();

    assertThat(catalogue.services())
        .extracting(ClinicService::nameVi)
        .containsExactly(
            "Khám Nội",
            "Khám Ngoại",
            "Nhi",
            "Sản – Phụ khoa",
            "Tai Mũi Họng",
            "Răng Hàm Mặt",
            "Mắt",
            "Da liễu");
    ClinicService noi = catalogue.require(ServiceCode.of("NOI"));
    assertThat(noi.roomVi()).isEqualTo("Phòng 105 – Tầng 1 – Khu A");
    assertThat(noi.fees().price(PaymentRoute.SERVICE)).isEqualTo(Vnd.of(150_000));
    assertThat(noi.fees().price(PaymentRoute.INSURANCE)).isEqualTo(Vnd.of(50_600));
    assertThat(DemoCatalogue.settings().priorityRules().groups())
        .extracting(PriorityGroup::code)
        .containsExactly(
            PriorityCode.EMERGENCY,
            PriorityCode.CHILD_UNDER_6,
            PriorityCode.PREGNANT,
            PriorityCode.SEVERE_DISABILITY,
            PriorityCode.AGED_75,
            PriorityCode.MERITORIOUS);
  }

  @Test
  void followUrlPutsTheTicketIdInTheTemplate() {
    TicketId id = TicketId.parse("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    assertThat(DemoCatalogue.settings().followUrl(id))
        .isEqualTo("https://tiepdon.example.vn/hang-doi/1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  }

  @Test
  void rejectsANegativeCapacityNamingFieldAndValue() {
    assertThatThrownBy(() -> noi(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dailyCapacity must be between 1 and 9999, was -3");
  }

  @Test
  void rejectsClosingBeforeOpening() {
    assertThatThrownBy(
            () ->
                new QueueSettings.Service(
                    "NOI",
                    "Khám Nội",
                    "IM",
                    "P",
                    "R",
                    LocalTime.of(17, 0),
                    LocalTime.of(7, 0),
                    null,
                    10,
                    null,
                    0,
                    0))
        .hasMessage("closes must be after opens 17:00, was 07:00");
  }

  @Test
  void rejectsAnUnknownDayName() {
    assertThatThrownBy(
            () ->
                new QueueSettings.Service(
                    "NOI",
                    "Khám Nội",
                    "IM",
                    "P",
                    "R",
                    LocalTime.of(7, 0),
                    LocalTime.of(17, 0),
                    List.of("MONDAY", "THU2"),
                    10,
                    null,
                    0,
                    0))
        .hasMessage("openDays must hold day names MONDAY..SUNDAY, was 'THU2'");
  }

  @Test
  void rejectsALowerCaseServiceCodeAndNegativeFees() {
    assertThatThrownBy(
            () ->
                new QueueSettings.Service(
                    "noi",
                    "Khám Nội",
                    "IM",
                    "P",
                    "R",
                    LocalTime.of(7, 0),
                    LocalTime.of(17, 0),
                    null,
                    10,
                    null,
                    0,
                    0))
        .hasMessage(
            "code must be 1-16 characters A-Z, 0-9 or '_' starting with a letter, was 'noi'");
    assertThatThrownBy(
            () ->
                new QueueSettings.Service(
                    "NOI",
                    "Khám Nội",
                    "IM",
                    "P",
                    "R",
                    LocalTime.of(7, 0),
                    LocalTime.of(17, 0),
                    null,
                    10,
                    null,
                    -1,
                    0))
        .hasMessage("insuranceFeeVnd must be >= 0, was -1");
  }

  @Test
  void rejectsAnAgeLimitThatAdmitsNobody() {
    assertThatThrownBy(() -> new QueueSettings.Ages(16, 6))
        .hasMessage("under must be greater than from (16) and at most 150, was 6");
    assertThatThrownBy(() -> new QueueSettings.Ages(-1, 6)).hasMessage("from must be >= 0, was -1");
  }

  @Test
  void rejectsDuplicateServiceCodesNamingThePosition() {
    assertThatThrownBy(
            () ->
                new QueueSettings(
                    List.of(noi(10), noi(20)), null, 5, "https://h.example.vn/q/{ticket}"))
        .hasMessage("services[1].code NOI is listed twice");
  }

  @Test
  void rejectsEmptyServicesAndBadMinutes() {
    assertThatThrownBy(() -> new QueueSettings(List.of(), null, 5, "https://h.example.vn/{ticket}"))
        .hasMessage("services must not be empty, was []");
    assertThatThrownBy(
            () -> new QueueSettings(List.of(noi(10)), null, 0, "https://h.example.vn/{ticket}"))
        .hasMessage("defaultMinutesPerPatient must be between 1 and 240, was 0");
  }

  @Test
  void rejectsAFollowUrlWithoutPlaceholderOrHost() {
    assertThatThrownBy(() -> new QueueSettings(List.of(noi(10)), null, 5, "https://h.example.vn/"))
        .hasMessage("followUrlTemplate must contain {ticket}, was 'https://h.example.vn/'");
    assertThatThrownBy(() -> new QueueSettings(List.of(noi(10)), null, 5, "ftp:/x/{ticket}"))
        .hasMessage("followUrlTemplate must be an http(s) URL, was 'ftp:/x/{ticket}'");
  }

  @Test
  void priorityGroupsAreConfigurable() {
    QueueSettings settings =
        new QueueSettings(
            List.of(noi(10)),
            List.of(
                new QueueSettings.PriorityGroupSetting("AGED_80", 30, "AGE_AT_LEAST", 80),
                new QueueSettings.PriorityGroupSetting("PREGNANT", 20, "DECLARED", 0)),
            5,
            "https://h.example.vn/{ticket}");

    assertThat(settings.priorityRules().groups())
        .containsExactly(
            PriorityGroup.ageAtLeast(PriorityCode.of("AGED_80"), 30, 80),
            PriorityGroup.declared(PriorityCode.PREGNANT, 20));
  }

  @Test
  void rejectsBadPriorityGroups() {
    assertThatThrownBy(() -> new QueueSettings.PriorityGroupSetting("OLD", 10, "AGE_ABOVE", 80))
        .hasMessage("basis must be DECLARED, AGE_UNDER or AGE_AT_LEAST, was 'AGE_ABOVE'");
    assertThatThrownBy(() -> new QueueSettings.PriorityGroupSetting("OLD", 10, "AGE_AT_LEAST", 0))
        .hasMessage("years must be between 1 and 150 for an age-based group, was 0");
    assertThatThrownBy(() -> new QueueSettings.PriorityGroupSetting("VIP", 0, "DECLARED", 0))
        .hasMessage("weight must be > 0, was 0");
    assertThatThrownBy(
            () ->
                new QueueSettings(
                    List.of(noi(10)),
                    List.of(
                        new QueueSettings.PriorityGroupSetting("VIP", 5, "DECLARED", 0),
                        new QueueSettings.PriorityGroupSetting("VIP", 6, "DECLARED", 0)),
                    5,
                    "https://h.example.vn/{ticket}"))
        .hasMessage("priority group VIP is listed twice");
  }
}
