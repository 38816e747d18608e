package vn.tiepdon.provisioning.mqtt;

/** Takes what arrives on a kiosk's payment topics; must return quickly (Paho's thread). */
interface PaymentNoticeInbox {
  void receive(String topic, byte[] payload);
}
