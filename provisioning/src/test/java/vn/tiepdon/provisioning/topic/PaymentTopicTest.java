package vn.tiepdon.provisioning.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PaymentTopicTest {
  private static final KioskRef K01 = KioskRef.of("bv-choray", "k01");

  @Test
  void namesOneIntentOfOneKioskAndReadsBack() {
    PaymentTopic topic = new PaymentTopic(K01, "TD7K3M9QX");
    assertThat(topic.value()).isEqualTo("tiepdon/v1/bv-choray/k01/payment/TD7K3M9QX");
    assertThat(PaymentTopic.parse(topic.value())).isEqualTo(topic);
    assertThat(PaymentTopic.filter(K01)).isEqualTo("tiepdon/v1/bv-choray/k01/payment/+");
    assertThat(PaymentTopic.isUnder(K01, topic.value())).isTrue();
    assertThat(PaymentTopic.isUnder(K01, "tiepdon/v1/bv-choray/k01/cmd/c1")).isFalse();
    assertThat(PaymentTopic.isUnder(KioskRef.of("bv-choray", "k0"), topic.value())).isFalse();
  }

  @Test
  void refusesWildcardsAndOtherShapesNamingWhatWasWrong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PaymentTopic(K01, "+"))
        .withMessage("intentRef must be 1-32 letters or digits, was '+'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PaymentTopic.parse("tiepdon/v1/bv-choray/k01/event"))
        .withMessageContaining("must be 'tiepdon/v1/{site}/{kiosk}/payment/{ref}'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PaymentTopic.parse("tiepdon/v1/BV/k01/payment/TD1"))
        .withMessageContaining("site id must be");
  }
}
