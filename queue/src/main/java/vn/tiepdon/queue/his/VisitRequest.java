package vn.tiepdon.queue.his;

import java.time.Instant;
import java.util.Objects;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;

/**
 * A visit to register with the HIS.
 *
 * @param key the ticket request's key; the HIS adapter uses it to recognise a retry
 * @param requestedAt when the patient asked, kept when the request is sent later
 */
public record VisitRequest(
    RequestKey key, SiteId site, ServiceCode service, PatientDetails patient, Instant requestedAt) {
  public VisitRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}
