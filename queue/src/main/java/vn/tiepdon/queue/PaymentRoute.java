package vn.tiepdon.queue;

/** How a visit is paid. */
public enum PaymentRoute {
  /** Under national health insurance (BHYT). */
  INSURANCE,
  /** As a self-paying patient at the hospital's service fee ("khám dịch vụ"). */
  SERVICE
}
