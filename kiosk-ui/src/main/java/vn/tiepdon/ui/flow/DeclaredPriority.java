package vn.tiepdon.ui.flow;

/**
 * Priority groups a patient declares on screen; staff check them at the counter. Age-based priority
 * is never declared: it comes from the birth date on the card.
 */
public enum DeclaredPriority {
  NONE,
  PREGNANT,
  SEVERE_DISABILITY,
  MERITORIOUS_SERVICE
}
