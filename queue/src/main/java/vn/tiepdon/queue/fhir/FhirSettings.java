package vn.tiepdon.queue.fhir;

import java.net.URI;
import java.time.Duration;

/**
 * How the kiosk reaches a FHIR R4 HIS (the {@code his.fhir} section of the kiosk YAML), validated
 * once: an error starts with the key's name and ends with the value. Every key but {@code baseUrl}
 * may be left out (null) for its default.
 *
 * @param baseUrl the FHIR base, e.g. {@code https://his.bv.local/fhir}
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for an answer; the patient waits at most about twice this per
 *     HIS call before getting a provisional ticket
 * @param encounterStatus {@code arrived} (the patient is at the hospital; the default) or {@code
 *     planned}
 * @param citizenIdSystem identifier system of the CCCD number on Patient
 * @param visitKeySystem identifier system of the kiosk's request key on Encounter (retries find the
 *     Encounter by it instead of creating another)
 * @param queueNumberSystem identifier system on Encounter under which an HIS that assigns queue
 *     numbers puts the number
 * @param serviceTypeSystem code system of the service codes in Encounter.serviceType
 * @param eligibilityOperation the operation on CoverageEligibilityRequest that answers with a
 *     CoverageEligibilityResponse
 */
public record FhirSettings(
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    String encounterStatus,
    String citizenIdSystem,
    String visitKeySystem,
    String queueNumberSystem,
    String serviceTypeSystem,
    String eligibilityOperation) {

  /** No national FHIR NamingSystem for the CCCD was found; ours, documented in the README. */
  public static final String CITIZEN_ID_SYSTEM = "https://tiepdon.vn/fhir/sid/cccd";

  public static final String VISIT_KEY_SYSTEM = "https://tiepdon.vn/fhir/sid/kiosk-request";
  public static final String QUEUE_NUMBER_SYSTEM = "https://tiepdon.vn/fhir/sid/queue-number";
  public static final String SERVICE_TYPE_SYSTEM = "https://tiepdon.vn/fhir/CodeSystem/service";
  public static final String ELIGIBILITY_OPERATION = "$submit";
  private static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(8);

  public FhirSettings {
    if (baseUrl == null) {
      throw new IllegalArgumentException("baseUrl must be set (the FHIR base URL of the HIS)");
    }
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    encounterStatus = encounterStatus == null ? "arrived" : encounterStatus;
    citizenIdSystem = citizenIdSystem == null ? CITIZEN_ID_SYSTEM : citizenIdSystem;
    visitKeySystem = visitKeySystem == null ? VISIT_KEY_SYSTEM : visitKeySystem;
    queueNumberSystem = queueNumberSystem == null ? QUEUE_NUMBER_SYSTEM : queueNumberSystem;
    serviceTypeSystem = serviceTypeSystem == null ? SERVICE_TYPE_SYSTEM : serviceTypeSystem;
    eligibilityOperation =
        eligibilityOperation == null ? ELIGIBILITY_OPERATION : eligibilityOperation;
    String scheme = baseUrl.getScheme();
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http(s) URL with a host, was '" + baseUrl + "'");
    }
    requireTimeout("connectTimeout", connectTimeout);
    requireTimeout("readTimeout", readTimeout);
    if (!"arrived".equals(encounterStatus) && !"planned".equals(encounterStatus)) {
      throw new IllegalArgumentException(
          "encounterStatus must be arrived or planned, was '" + encounterStatus + "'");
    }
    requireSystem("citizenIdSystem", citizenIdSystem);
    requireSystem("visitKeySystem", visitKeySystem);
    requireSystem("queueNumberSystem", queueNumberSystem);
    requireSystem("serviceTypeSystem", serviceTypeSystem);
    if (eligibilityOperation == null || !eligibilityOperation.matches("\\$[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException(
          "eligibilityOperation must look like $submit, was '" + eligibilityOperation + "'");
    }
  }

  /**
   * The defaults: 3 s to connect, 8 s to answer, Encounter arrived, TiepDon's identifier systems.
   */
  public static FhirSettings of(URI baseUrl) {
    return new FhirSettings(baseUrl, null, null, null, null, null, null, null, null);
  }

  public FhirSettings withTimeouts(Duration connect, Duration read) {
    return new FhirSettings(
        baseUrl,
        connect,
        read,
        encounterStatus,
        citizenIdSystem,
        visitKeySystem,
        queueNumberSystem,
        serviceTypeSystem,
        eligibilityOperation);
  }

  private static void requireTimeout(String key, Duration value) {
    if (value == null || value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          key + " must be between PT0.001S and " + MAX_TIMEOUT + ", was " + value);
    }
  }

  private static void requireSystem(String key, String value) {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          key + " must be a URI without spaces, was '" + value + "'");
    }
  }
}
