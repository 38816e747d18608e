package vn.tiepdon.queue.ticket;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import vn.tiepdon.queue.ClinicService;
import vn.tiepdon.queue.QueueDay;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketNumber;

/**
 * What a printed ticket shows, in the patient's language. It has no field for a name or an ID
 * number: a ticket is public once it leaves the kiosk.
 *
 * @param issuedAt local time at the hospital
 * @param followUrl encoded as the QR code to follow the queue on a phone
 */
public record TicketView(
    String hospitalName,
    String serviceName,
    String room,
    TicketNumber number,
    LocalDateTime issuedAt,
    boolean priority,
    int ahead,
    int etaMinutes,
    String followUrl,
    Locale language) {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  public TicketView {
    requireText("hospitalName", hospitalName);
    requireText("serviceName", serviceName);
    requireText("room", room);
    requireText("followUrl", followUrl);
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(language, "language");
    if (ahead < 0 || etaMinutes < 0) {
      throw new IllegalArgumentException(
          "ahead and etaMinutes must be >= 0, were " + ahead + " and " + etaMinutes);
    }
  }

  /**
   * The view of a recorded ticket in the patient's language: Vietnamese names and room unless
   * {@code language} is English.
   */
  public static TicketView of(
      Ticket ticket,
      ClinicService service,
      String hospitalName,
      String followUrl,
      Locale language) {
    if (!ticket.service().equals(service.code())) {
      throw new IllegalArgumentException(
          "service " + service.code() + " does not match the ticket's " + ticket.service());
    }
    boolean english = "en".equals(language.getLanguage());
    return new TicketView(
        hospitalName,
        english ? service.nameEn() : service.nameVi(),
        english ? service.roomEn() : service.roomVi(),
        ticket.number(),
        LocalDateTime.ofInstant(ticket.issuedAt(), QueueDay.ZONE),
        ticket.priority().applies(),
        ticket.ahead(),
        ticket.etaMinutes(),
        followUrl,
        language);
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }
}
