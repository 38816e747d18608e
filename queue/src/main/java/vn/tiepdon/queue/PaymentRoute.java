package vn.tiepdon.queue;

/** How a visit is paid: under national health insurance (BHYT) or as a self-paying patient. */
public enum PaymentRoute {
  INSURANCE,
  SELF_PAY
}
