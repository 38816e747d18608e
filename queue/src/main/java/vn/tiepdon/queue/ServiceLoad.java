package vn.tiepdon.queue;

import java.util.Objects;

/**
 * Today's figures for one service: tickets issued, patients still waiting and the wait a new
 * patient without priority would be promised ("Đang chờ 12 người · khoảng 25 phút").
 */
public record ServiceLoad(ServiceCode service, int issued, int waiting, int etaMinutes) {
  public ServiceLoad {
    Objects.requireNonNull(service, "service");
    if (issued < 0 || waiting < 0 || etaMinutes < 0) {
      throw new IllegalArgumentException(
          "figures must be >= 0, were issued="
              + issued
              + " waiting="
              + waiting
              + " etaMinutes="
              + etaMinutes);
    }
  }
}
