package vn.tiepdon.citizenid.chip.software;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import net.sf.scuba.smartcards.CommandAPDU;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.chip.BacKey;

/**
 * The software chip's cryptography against the worked examples of ICAO Doc 9303 Part 11: Appendix
 * D.2 (BAC keys), D.3 (mutual authentication and session keys), D.4 (secure messaging) and G (the
 * PACE password key), as quoted in cccd.md 6.1.
 */
class IcaoWorkedExamplesTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final BacKey D2_KEY =
      new BacKey("L898902C<", LocalDate.of(1969, 8, 6), LocalDate.of(1994, 6, 23));

  @Test
  void d2DerivesTheBacKeysFromTheMrz() {
    assertThat(D2_KEY.mrzInformation()).isEqualTo("L898902C<369080619406236");
    byte[] seed = D2_KEY.keySeed();
    assertThat(HEX.formatHex(seed)).isEqualTo("239AB9CB282DAF66231DC5A4DF6BFBAE");
    assertThat(HEX.formatHex(IcaoKdf.desKey(seed, IcaoKdf.ENC)))
        .isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
    assertThat(HEX.formatHex(IcaoKdf.desKey(seed, IcaoKdf.MAC)))
        .isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
  }

  @Test
  void d3DerivesTheSessionKeysFromTheKeySeed() {
    byte[] seed = HEX.parseHex("0036D272F5C350ACAC50C3F572D23600");
    assertThat(HEX.formatHex(IcaoKdf.desKey(seed, IcaoKdf.ENC)))
        .isEqualTo("979EC13B1CBFE9DCD01AB0FED307EAE5");
    assertThat(HEX.formatHex(IcaoKdf.desKey(seed, IcaoKdf.MAC)))
        .isEqualTo("F1CB1F1FB5ADF208806B89DC579DC1F8");
  }

  @Test
  void d3MutualAuthenticationAnswersWithTheChipsCryptogram() {
    BacResponder chip =
        new BacResponder(
            D2_KEY, new ScriptedRandom("4608F91988702212", "0B4F80323EB3191CB04970CB4052790B"));
    assertThat(HEX.formatHex(chip.challenge())).isEqualTo("4608F91988702212");

    BacResponder.Authenticated done =
        chip.mutualAuthenticate(
                HEX.parseHex(
                    "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                        + "5F1448EEA8AD90A7"))
            .orElseThrow();

    assertThat(HEX.formatHex(done.response()))
        .isEqualTo(
            "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F"
                + "2F2D235D074D7449");
    assertThat(HEX.formatHex(done.channel().ssc())).isEqualTo("887022120C06C226");
  }

  @Test
  void d3RejectsATerminalCryptogramUnderAnotherKey() {
    BacKey other = new BacKey("L898902C<", LocalDate.of(1969, 8, 7), LocalDate.of(1994, 6, 23));
    BacResponder chip = new BacResponder(other, new ScriptedRandom("4608F91988702212"));
    chip.challenge();

    assertThat(
            chip.mutualAuthenticate(
                HEX.parseHex(
                    "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                        + "5F1448EEA8AD90A7")))
        .isEmpty();
  }

  @Test
  void d4UnwrapsTheProtectedSelectAndProtectsItsStatus() {
    SecureChannel channel =
        new DesSecureChannel(
            HEX.parseHex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
            HEX.parseHex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
            HEX.parseHex("887022120C06C226"));

    CommandAPDU plain =
        channel.unwrap(
            new CommandAPDU(
                HEX.parseHex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")));

    assertThat(HEX.formatHex(plain.getBytes())).isEqualTo("00A4020C02011E");
    assertThat(HEX.formatHex(channel.wrap(new byte[0], 0x9000)))
        .isEqualTo("990290008E08FA855A5D4C50A8ED9000");
  }

  @Test
  void d4RefusesACommandWhoseMacWasAltered() {
    SecureChannel channel =
        new DesSecureChannel(
            HEX.parseHex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
            HEX.parseHex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
            HEX.parseHex("887022120C06C226"));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                channel.unwrap(
                    new CommandAPDU(
                        HEX.parseHex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F900"))))
        .isInstanceOf(SecureMessagingException.class)
        .hasMessage("DO'8E MAC does not verify");
  }

  @Test
  void appendixGDerivesThePacePasswordKeyFromTheMrz() throws Exception {
    BacKey mrz = new BacKey("T22000129", LocalDate.of(1964, 8, 12), LocalDate.of(2010, 10, 31));
    byte[] sha1 = IcaoKdf.sha1().digest(mrz.mrzInformation().getBytes(StandardCharsets.US_ASCII));
    assertThat(HEX.formatHex(sha1)).isEqualTo("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD");
    assertThat(HEX.formatHex(IcaoKdf.aes128Key(sha1, IcaoKdf.PACE)))
        .isEqualTo("89DED1B26624EC1E634C1989302849DD");
  }

  /** Hands out the example's nonces and keys in order, as the chip asks for random bytes. */
  private static final class ScriptedRandom extends SecureRandom {
    private final Deque<byte[]> values = new ArrayDeque<>();

    ScriptedRandom(String... hex) {
      for (String value : hex) {
        values.add(HEX.parseHex(value));
      }
    }

    @Override
    public void nextBytes(byte[] bytes) {
      byte[] next = values.remove();
      assertThat(next).hasSize(bytes.length);
      System.arraycopy(next, 0, bytes, 0, bytes.length);
    }
  }
}
