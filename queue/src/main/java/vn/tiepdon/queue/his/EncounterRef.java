package vn.tiepdon.queue.his;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The HIS's id of a registered visit, e.g. {@code Encounter/8841} for a FHIR server; opaque to the
 * kiosk.
 */
public record EncounterRef(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9/._:-]{1,200}");

  public EncounterRef {
    Objects.requireNonNull(value, "encounter ref");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "encounter ref must be 1-200 characters A-Z, a-z, 0-9, '/', '.', '_', ':' or '-', was '"
              + value
              + "'");
    }
  }

  public static EncounterRef of(String value) {
    return new EncounterRef(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
