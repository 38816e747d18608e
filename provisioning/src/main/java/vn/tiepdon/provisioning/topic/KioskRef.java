package vn.tiepdon.provisioning.topic;

/** A kiosk named by its site and its own id: the pair that makes a kiosk unique in a fleet. */
public record KioskRef(SiteId site, KioskId kiosk) {
  public KioskRef {
    if (site == null || kiosk == null) {
      throw new IllegalArgumentException("site and kiosk are required, was " + site + "/" + kiosk);
    }
  }

  public static KioskRef of(String site, String kiosk) {
    return new KioskRef(new SiteId(site), new KioskId(kiosk));
  }

  /** The MQTT client id of this kiosk; unique per broker so a reconnect takes over the session. */
  public String clientId() {
    return "kiosk-" + site + "-" + kiosk;
  }

  public KioskTopic topic(Channel channel) {
    return KioskTopic.of(this, channel);
  }

  public KioskTopic command(CommandId id) {
    return KioskTopic.command(this, Channel.COMMAND, id);
  }

  public KioskTopic commandAck(CommandId id) {
    return KioskTopic.command(this, Channel.COMMAND_ACK, id);
  }

  @Override
  public String toString() {
    return site + "/" + kiosk;
  }
}
