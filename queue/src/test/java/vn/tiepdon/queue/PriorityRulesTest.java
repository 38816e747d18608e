package vn.tiepdon.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PriorityRulesTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
  private final PriorityRules rules = PriorityRules.lawDefaults();

  private Priority resolve(String birthDate, PriorityCode... declared) {
    return rules.resolve(
        Optional.ofNullable(birthDate).map(LocalDate::parse), TODAY, Set.of(declared));
  }

  @Test
  void lawDefaultsWeighGroupsInTheLawsOrder() {
    assertThat(rules.groups())
        .extracting(PriorityGroup::weight)
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a))
        .doesNotHaveDuplicates();
    assertThat(rules.declarable())
        .extracting(PriorityGroup::code)
        .containsExactly(
            PriorityCode.EMERGENCY,
            PriorityCode.PREGNANT,
            PriorityCode.SEVERE_DISABILITY,
            PriorityCode.MERITORIOUS);
  }

  @Test
  void childUnderSixFromTheBirthDateUntilTheSixthBirthday() {
    assertThat(resolve("2020-11-24"))
        .isEqualTo(new Priority(PriorityCode.CHILD_UNDER_6, 50, PriorityOrigin.BIRTH_DATE));
    assertThat(resolve("2020-11-23")).isEqualTo(Priority.NONE);
  }

  @Test
  void agedSeventyFiveFromTheSeventyFifthBirthday() {
    assertThat(resolve("1951-11-23"))
        .isEqualTo(new Priority(PriorityCode.AGED_75, 20, PriorityOrigin.BIRTH_DATE));
    assertThat(resolve("1951-11-24")).isEqualTo(Priority.NONE);
  }

  @Test
  void aDeclaredGroupIsFlaggedForTheCounter() {
    Priority pregnant = resolve("1995-06-01", PriorityCode.PREGNANT);

    assertThat(pregnant)
        .isEqualTo(new Priority(PriorityCode.PREGNANT, 40, PriorityOrigin.DECLARED));
    assertThat(pregnant.checkAtCounter()).isTrue();
    assertThat(pregnant.applies()).isTrue();
    assertThat(resolve("1951-01-01").checkAtCounter()).isFalse();
  }

  @Test
  void theHighestWeightWins() {
    assertThat(resolve("1940-01-01", PriorityCode.MERITORIOUS).group())
        .isEqualTo(PriorityCode.AGED_75);
    assertThat(resolve("1940-01-01", PriorityCode.EMERGENCY).group())
        .isEqualTo(PriorityCode.EMERGENCY);
  }

  @Test
  void theBirthDateOverridesADeclaredAgeGroup() {
    assertThat(resolve("1990-01-01", PriorityCode.AGED_75)).isEqualTo(Priority.NONE);
    assertThat(resolve(null, PriorityCode.CHILD_UNDER_6))
        .isEqualTo(new Priority(PriorityCode.CHILD_UNDER_6, 50, PriorityOrigin.DECLARED));
  }

  @Test
  void noneDeclaredIsNoPriority() {
    assertThat(resolve("1990-01-01", PriorityCode.NONE)).isEqualTo(Priority.NONE);
    assertThat(Priority.NONE.applies()).isFalse();
  }

  @Test
  void rejectsUnknownGroupsAndFutureBirthDates() {
    assertThatThrownBy(() -> resolve(null, PriorityCode.of("VIP")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown priority group(s) [VIP]");
    assertThatThrownBy(() -> resolve("2026-11-24"))
        .hasMessage("birthDate must not be after today 2026-11-23, was 2026-11-24");
  }

  @Property
  void anAgeBasedPriorityAlwaysMatchesTheAge(@ForAll @IntRange(min = 0, max = 45_000) int days) {
    LocalDate birthDate = TODAY.minusDays(days);
    Priority priority = rules.resolve(Optional.of(birthDate), TODAY, Set.of());
    int age = java.time.Period.between(birthDate, TODAY).getYears();

    PriorityCode expected =
        age < 6 ? PriorityCode.CHILD_UNDER_6 : age >= 75 ? PriorityCode.AGED_75 : PriorityCode.NONE;
    assertThat(priority.group()).isEqualTo(expected);
    assertThat(priority.checkAtCounter()).isFalse();
  }

  @Property
  void declaringMoreNeverLowersTheWeight(
      @ForAll @IntRange(min = 0, max = 45_000) int days,
      @ForAll @IntRange(min = 0, max = 3) int g) {
    Optional<LocalDate> birthDate = Optional.of(TODAY.minusDays(days));
    PriorityCode declared = rules.declarable().get(g).code();

    assertThat(rules.resolve(birthDate, TODAY, Set.of(declared)).sortWeight())
        .isGreaterThanOrEqualTo(rules.resolve(birthDate, TODAY, Set.of()).sortWeight());
  }
}
