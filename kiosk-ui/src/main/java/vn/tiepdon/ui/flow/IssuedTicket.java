package vn.tiepdon.ui.flow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded ticket, as the ticket screen shows it. It carries no personal data.
 *
 * @param coverage the insurance decision the fee follows; empty when insurance was not checked
 */
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
    long feeDong,
    Optional<Coverage> coverage) {
  public IssuedTicket {
    Objects.requireNonNull(coverage, "coverage");
  }

  /** A ticket whose fee did not depend on an insurance check. */
  public IssuedTicket(
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
    this(
        ticketId,
        number,
        serviceCode,
        serviceName,
        room,
        ahead,
        etaMinutes,
        priority,
        provisional,
        issuedAt,
        followUrl,
        feeDong,
        Optional.empty());
  }

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
        feeDong,
        coverage);
  }
}
