package vn.tiepdon.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class StaffPinTest {
  @Test
  void aHashedPinMatchesOnlyItsDigits() {
    String hash = StaffPin.hash("246810".toCharArray(), new SecureRandom());
    assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain("246810");
    StaffPin pin = StaffPin.parse(hash);
    assertThat(pin.matches("246810".toCharArray())).isTrue();
    assertThat(pin.matches("246811".toCharArray())).isFalse();
    assertThat(pin.matches("abc".toCharArray())).isFalse();
    assertThat(pin.matches(null)).isFalse();
    assertThat(pin.toString()).doesNotContain(hash.substring(22));
  }

  @Test
  void twoHashesOfOnePinDifferBySalt() {
    SecureRandom random = new SecureRandom();
    assertThat(StaffPin.hash("2468".toCharArray(), random))
        .isNotEqualTo(StaffPin.hash("2468".toCharArray(), random));
  }

  @Test
  void rejectsPlainDigitsWeakHashesAndBadPins() {
    assertThatThrownBy(() -> StaffPin.parse("2468"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pinHash must look like pbkdf2-sha256$")
        .hasMessageNotContaining("2468");
    assertThatThrownBy(
            () ->
                StaffPin.parse(
                    "pbkdf2-sha256$1000$ECARiUiFuvyn/DIxY1K3DA==$jhVpvvFp0f7ocU8K4/dgRQwcTqBGzL1ihdNWmlRt/o0="))
        .hasMessage("pinHash iterations must be at least 10000, was 1000");
    assertThatThrownBy(() -> StaffPin.hash("12".toCharArray(), new SecureRandom()))
        .hasMessage("a staff PIN is 4 to 12 digits");
  }

  @Test
  void aStaffSectionWithABadHashNamesTheKey() {
    assertThatThrownBy(() -> new StaffSettings("1234", null, null))
        .hasMessageStartingWith("pinHash must look like");
    assertThatThrownBy(() -> new StaffSettings(null, 0, null))
        .hasMessage("maxAttempts must be between 1 and 20, was 0");
  }
}
