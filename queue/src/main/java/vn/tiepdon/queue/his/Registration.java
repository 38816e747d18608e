package vn.tiepdon.queue.his;

import java.util.Objects;
import java.util.Optional;

/** What the HIS said to a visit registration. */
public sealed interface Registration {

  /**
   * The HIS recorded the visit.
   *
   * @param hisNumber the queue number the HIS assigned, when it assigns them
   */
  record Registered(EncounterRef encounter, Optional<String> hisNumber) implements Registration {
    public Registered {
      Objects.requireNonNull(encounter, "encounter");
      Objects.requireNonNull(hisNumber, "hisNumber");
      hisNumber.ifPresent(Registered::requireNumber);
    }

    private static void requireNumber(String number) {
      if (number.isBlank() || number.length() > 20) {
        throw new IllegalArgumentException(
            "HIS queue number must be 1-20 characters, was '" + number + "'");
      }
    }
  }

  /**
   * No HIS is configured: the kiosk's own ticket is the registration; the counter does the rest.
   */
  record LocalOnly() implements Registration {}

  /**
   * The HIS could not be reached or failed (timeout, refused connection, 5xx): try again later.
   *
   * @param why for logs; never contains personal data
   */
  record Unreachable(String why) implements Registration {
    public Unreachable {
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * The HIS answered and will not register this visit (e.g. the request is invalid for it);
   * retrying the same request will not help.
   *
   * @param reason for logs and staff; never contains personal data
   */
  record Refused(String reason) implements Registration {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
