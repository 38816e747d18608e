package vn.tiepdon.queue;

import java.util.Objects;

/**
 * What an examination costs: the price under the insurance (BHYT) schedule and the service fee for
 * self-paying patients. How much of the insurance price the patient pays depends on the card's
 * benefit level and route, which the insurance check decides.
 */
public record Fees(Vnd insurancePrice, Vnd serviceFee) {
  public Fees {
    Objects.requireNonNull(insurancePrice, "insurancePrice");
    Objects.requireNonNull(serviceFee, "serviceFee");
  }

  public Vnd price(PaymentRoute route) {
    return switch (Objects.requireNonNull(route, "route")) {
      case INSURANCE -> insurancePrice;
      case SERVICE -> serviceFee;
    };
  }
}
