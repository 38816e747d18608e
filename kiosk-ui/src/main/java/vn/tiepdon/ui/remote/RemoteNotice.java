package vn.tiepdon.ui.remote;

import java.time.Instant;

/**
 * A notice from hospital IT for the attract screen ({@code SHOW_MESSAGE}), in both languages, shown
 * until {@code until}. The texts are IT's own words, already length-checked by provisioning.
 */
public record RemoteNotice(String vietnamese, String english, Instant until) {
  public RemoteNotice {
    if (vietnamese == null || vietnamese.isBlank() || english == null || english.isBlank()) {
      throw new IllegalArgumentException("a notice needs a Vietnamese and an English text");
    }
    if (until == null) {
      throw new IllegalArgumentException("a notice needs an end time");
    }
  }

  public boolean shownAt(Instant now) {
    return now.isBefore(until);
  }
}
