package vn.tiepdon.citizenid;

import java.util.List;

/**
 * Which card the data came from. The two laws differ in the ages at which a card must be renewed:
 * the 2014 law (CCCD) at 25, 40 and 60; the 2023 law (Căn cước, cards from 1 July 2024) also at 14.
 */
public enum CardType {
  /** Chip CCCD (Circular 06/2021): 7-field QR on the front. */
  CCCD_2021(7, List.of(25, 40, 60)),
  /** Căn cước (Law 26/2023, Circular 16/2024): 11-field QR on the back. */
  CAN_CUOC_2024(11, List.of(14, 25, 40, 60));

  private final int qrFieldCount;
  private final List<Integer> renewalAges;

  CardType(int qrFieldCount, List<Integer> renewalAges) {
    this.qrFieldCount = qrFieldCount;
    this.renewalAges = renewalAges;
  }

  public int qrFieldCount() {
    return qrFieldCount;
  }

  /** Ages, in increasing order, at which the holder must renew the card. */
  public List<Integer> renewalAges() {
    return renewalAges;
  }
}
