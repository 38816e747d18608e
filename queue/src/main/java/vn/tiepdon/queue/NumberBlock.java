package vn.tiepdon.queue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Numbers {@code first}..{@code last} of a site, service and day, leased to one kiosk by the site
 * coordinator: only that kiosk hands them out, so kiosks never duplicate a number, online or not.
 *
 * @param next the next number the kiosk will hand out; {@code last + 1} when used up
 */
public record NumberBlock(
    String leaseId,
    KioskId kiosk,
    SiteId site,
    ServiceCode service,
    LocalDate day,
    int first,
    int last,
    int next) {
  public NumberBlock {
    Objects.requireNonNull(leaseId, "leaseId");
    Objects.requireNonNull(kiosk, "kiosk");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(day, "day");
    if (leaseId.isBlank() || leaseId.length() > 64) {
      throw new IllegalArgumentException("lease id must be 1-64 characters, was '" + leaseId + "'");
    }
    if (first < 1 || last < first || last > TicketNumber.MAX) {
      throw new IllegalArgumentException(
          "block must satisfy 1 <= first <= last <= "
              + TicketNumber.MAX
              + ", was "
              + first
              + "-"
              + last);
    }
    if (next < first || next > last + 1) {
      throw new IllegalArgumentException(
          "next must be within " + first + "-" + (last + 1) + ", was " + next);
    }
  }

  public int remaining() {
    return last - next + 1;
  }

  public int size() {
    return last - first + 1;
  }
}
