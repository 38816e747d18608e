package vn.tiepdon.provisioning.telemetry;

import java.util.List;

/** Where the health report gets the last errors, newest last. */
@FunctionalInterface
public interface RecentErrorSource {
  List<RecentError> recentErrors();
}
