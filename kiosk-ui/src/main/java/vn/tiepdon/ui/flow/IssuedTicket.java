package vn.tiepdon.ui.flow;

import java.time.Instant;

/** A recorded ticket, as the ticket screen shows it. It carries no personal data. */
public record IssuedTicket(
    String ticketId,
    String number,
    String serviceCode,
    Bilingual serviceName,
    Bilingual room,
    int ahead,
    int etaMinutes,
    boolean priority,
    boolean provisional,
    Instant issuedAt,
    String followUrl,
    long feeDong) {

  /** The same ticket, marked provisional because the hospital system did not record the visit. */
  public IssuedTicket asProvisional() {
    return new IssuedTicket(
        ticketId,
        number,
        serviceCode,
        serviceName,
        room,
        ahead,
        etaMinutes,
        priority,
        true,
        issuedAt,
        followUrl,
        feeDong);
  }
}
