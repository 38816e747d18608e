package vn.tiepdon.queue.ticket;

import java.util.Locale;
import java.util.ResourceBundle;

/** The fixed words on a ticket; Vietnamese unless an English ticket is asked for. */
final class TicketText {
  private static final String BUNDLE = "vn.tiepdon.queue.ticket.TicketText";

  private TicketText() {}

  /**
   * No fallback to the JVM's default locale: a kiosk whose OS runs in English must still print
   * Vietnamese tickets for Vietnamese patients.
   */
  static ResourceBundle of(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
