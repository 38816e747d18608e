package vn.tiepdon.queue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The code of a priority group, e.g. {@code PREGNANT}; {@link #NONE} for no priority. */
public record PriorityCode(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  public static final PriorityCode NONE = new PriorityCode("NONE");
  public static final PriorityCode EMERGENCY = new PriorityCode("EMERGENCY");
  public static final PriorityCode CHILD_UNDER_6 = new PriorityCode("CHILD_UNDER_6");
  public static final PriorityCode PREGNANT = new PriorityCode("PREGNANT");
  public static final PriorityCode SEVERE_DISABILITY = new PriorityCode("SEVERE_DISABILITY");
  public static final PriorityCode AGED_75 = new PriorityCode("AGED_75");
  public static final PriorityCode MERITORIOUS = new PriorityCode("MERITORIOUS");

  public PriorityCode {
    Objects.requireNonNull(value, "priority group code");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "priority group code must be 1-32 characters A-Z, 0-9 or '_' starting with a letter,"
              + " was '"
              + value
              + "'");
    }
  }

  public static PriorityCode of(String value) {
    return new PriorityCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
