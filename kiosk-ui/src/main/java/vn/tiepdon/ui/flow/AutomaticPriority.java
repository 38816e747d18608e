package vn.tiepdon.ui.flow;

/** Priority that follows from the birth date on the card. */
public enum AutomaticPriority {
  AGED_75_OR_OVER,
  CHILD_UNDER_6
}
