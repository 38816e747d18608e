package vn.tiepdon.provisioning.mqtt;

import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.KioskTopic;

/** Takes what arrives on a kiosk's command topics; must return quickly (Paho's thread). */
interface CommandInbox {
  void receive(String topic, byte[] payload);

  /**
   * {@code tiepdon/v1/{site}/{kiosk}/cmd/+}: one level, so the kiosk's own acks do not loop back.
   */
  static String filter(KioskRef kiosk) {
    return KioskTopic.ROOT + "/" + kiosk.site() + "/" + kiosk.kiosk() + "/cmd/+";
  }
}
