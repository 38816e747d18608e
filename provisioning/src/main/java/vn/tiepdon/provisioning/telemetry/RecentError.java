package vn.tiepdon.provisioning.telemetry;

import static vn.tiepdon.provisioning.telemetry.WireTokens.require;
import static vn.tiepdon.provisioning.telemetry.WireTokens.requireToken;

import java.time.Instant;

/** An error worth showing IT, as codes: where ({@code his}) and what ({@code timeout}). */
public record RecentError(Instant at, String component, String code) {
  public RecentError {
    require("error at", at);
    requireToken("error component", component, 32);
    requireToken("error code", code, 64);
  }
}
