package vn.tiepdon.ui.flow;

/**
 * What the flow tells the hospital (telemetry). It never carries personal data, and it never fails
 * the patient's session: a broker outage is invisible at the kiosk.
 */
public interface FlowEvents {
  void ticketIssued(IssuedTicket ticket);

  void paymentRequested(IssuedTicket ticket, PaymentRequest payment);

  void staffCalled(String where);

  void printFailed(PrintResult result);
}
