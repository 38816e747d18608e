package vn.tiepdon.queue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The services a kiosk offers, in the order the department screen shows them. */
public final class ServiceCatalogue {
  private final Map<ServiceCode, ClinicService> byCode;

  public ServiceCatalogue(List<ClinicService> services) {
    Objects.requireNonNull(services, "services");
    if (services.isEmpty()) {
      throw new IllegalArgumentException("services must not be empty");
    }
    Map<ServiceCode, ClinicService> map = new LinkedHashMap<>();
    for (int i = 0; i < services.size(); i++) {
      ClinicService service = services.get(i);
      if (map.putIfAbsent(service.code(), service) != null) {
        throw new IllegalArgumentException(
            "services[" + i + "].code " + service.code() + " is listed twice");
      }
    }
    this.byCode = map;
  }

  public List<ClinicService> services() {
    return List.copyOf(byCode.values());
  }

  public Optional<ClinicService> find(ServiceCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public ClinicService require(ServiceCode code) {
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown service code " + code + "; known: " + byCode.keySet()));
  }
}
