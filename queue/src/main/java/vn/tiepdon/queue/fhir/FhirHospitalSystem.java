package vn.tiepdon.queue.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PreferReturnEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.queue.his.EncounterRef;
import vn.tiepdon.queue.his.HospitalSystem;
import vn.tiepdon.queue.his.InsuranceCheck;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.queue.his.PatientDetails;
import vn.tiepdon.queue.his.Registration;
import vn.tiepdon.queue.his.VisitRequest;

/**
 * The HIS as a FHIR R4 server, through HAPI FHIR's generic client.
 *
 * <p>Registration: find the Encounter by the visit key (a retry ends here), else find the Patient
 * by the CCCD identifier or create it, then create an Encounter (status arrived or planned, class
 * AMB, serviceType = the service code, period start = when the patient asked) and read the HIS's
 * queue number from the identifier with {@link FhirSettings#queueNumberSystem()} if the HIS put one
 * there.
 *
 * <p>Insurance: a CoverageEligibilityRequest (purpose validation, patient referenced by its CCCD
 * identifier) posted to the configured operation; the CoverageEligibilityResponse maps to {@link
 * InsuranceStatus}: {@code insurance.inforce} false → EXPIRED; an item with network {@code out}
 * (benefit-network, i.e. trái tuyến) → WRONG_ROUTE; no insurance or an error coded {@code
 * not-found} → NOT_FOUND.
 *
 * <p>Failures never throw: no connection, a timeout, HTTP 5xx, 408, 429 and 401/403 (the kiosk's
 * credentials need fixing; the patient should not suffer for it) are {@link
 * Registration.Unreachable}; other HTTP 4xx are {@link Registration.Refused}. Messages carry the
 * HTTP status and the server, never the request URL (it may hold a CCCD number).
 */
public final class FhirHospitalSystem implements HospitalSystem {
  private static final Logger LOG = LoggerFactory.getLogger(FhirHospitalSystem.class);
  private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  private static final String BENEFIT_NETWORK =
      "http://terminology.hl7.org/CodeSystem/benefit-network";

  private final FhirSettings settings;
  private final IGenericClient client;
  private final Clock clock;
  private final String server;

  /** Builds its own FhirContext (about a second the first time; one per kiosk). */
  public FhirHospitalSystem(FhirSettings settings, Clock clock) {
    this(settings, FhirContext.forR4(), clock);
  }

  public FhirHospitalSystem(FhirSettings settings, FhirContext context, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(context, "context");
    IRestfulClientFactory factory = context.getRestfulClientFactory();
    // No CapabilityStatement round trip before the first call: the kiosk must answer fast.
    factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
    factory.setConnectTimeout(millis(settings.connectTimeout()));
    factory.setConnectionRequestTimeout(millis(settings.connectTimeout()));
    factory.setSocketTimeout(millis(settings.readTimeout()));
    this.client = context.newRestfulGenericClient(settings.baseUrl().toString());
    URI base = settings.baseUrl();
    this.server = base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
  }

  @Override
  public Registration register(VisitRequest request) {
    Objects.requireNonNull(request, "request");
    try {
      Identifier visitKey = visitKey(request);
      Optional<Encounter> earlier = findEncounter(visitKey);
      if (earlier.isPresent()) {
        return registered(earlier.get());
      }
      List<Patient> patients = findPatients(request.patient());
      if (patients.size() > 1) {
        return new Registration.Refused(
            "the HIS has " + patients.size() + " patients with this CCCD number");
      }
      Reference subject =
          patients.isEmpty()
              ? new Reference(createPatient(request.patient()))
              : new Reference(patients.get(0).getIdElement().toUnqualifiedVersionless());
      return registered(createEncounter(request, visitKey, subject));
    } catch (FhirClientConnectionException e) {
      return new Registration.Unreachable(connectionProblem(e));
    } catch (BaseServerResponseException e) {
      return answerTo(e);
    } catch (RuntimeException e) {
      // A garbled or unexpected answer: the HIS may be half-up; retrying later is the safe side.
      LOG.warn("unexpected answer from HIS {}: {}", server, e.getClass().getSimpleName());
      return new Registration.Unreachable(
          "unexpected answer from HIS " + server + ": " + e.getClass().getSimpleName());
    }
  }

  @Override
  public InsuranceCheck checkInsurance(PatientDetails patient, LocalDate visitDay) {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(visitDay, "visitDay");
    CoverageEligibilityRequest request = new CoverageEligibilityRequest();
    request.setStatus(CoverageEligibilityRequest.EligibilityRequestStatus.ACTIVE);
    request.addPurpose(CoverageEligibilityRequest.EligibilityRequestPurpose.VALIDATION);
    request.setPatient(new Reference().setIdentifier(citizenIdentifier(patient)));
    request.setCreated(Date.from(clock.instant()));
    request.setServiced(new org.hl7.fhir.r4.model.DateType(visitDay.toString()));
    request.setInsurer(new Reference().setDisplay("Bảo hiểm xã hội Việt Nam"));
    Parameters in = new Parameters();
    in.addParameter().setName("resource").setResource(request);
    try {
      CoverageEligibilityResponse response =
          client
              .operation()
              .onType(CoverageEligibilityRequest.class)
              .named(settings.eligibilityOperation())
              .withParameters(in)
              .returnResourceType(CoverageEligibilityResponse.class)
              .execute();
      return EligibilityAnswers.read(response, visitDay);
    } catch (FhirClientConnectionException e) {
      LOG.warn("insurance check: {}", connectionProblem(e));
      return InsuranceCheck.of(InsuranceStatus.UNAVAILABLE);
    } catch (BaseServerResponseException e) {
      LOG.warn("insurance check: HIS {} answered HTTP {}", server, e.getStatusCode());
      return InsuranceCheck.of(InsuranceStatus.UNAVAILABLE);
    } catch (RuntimeException e) {
      LOG.warn("insurance check: unexpected answer from HIS {}: {}", server, e.getClass());
      return InsuranceCheck.of(InsuranceStatus.UNAVAILABLE);
    }
  }

  private Identifier visitKey(VisitRequest request) {
    return new Identifier()
        .setSystem(settings.visitKeySystem())
        .setValue(request.site().value() + "/" + request.key().value());
  }

  private Identifier citizenIdentifier(PatientDetails patient) {
    return new Identifier()
        .setSystem(settings.citizenIdSystem())
        .setValue(patient.citizenId().value());
  }

  private Optional<Encounter> findEncounter(Identifier visitKey) {
    Bundle found =
        client
            .search()
            .forResource(Encounter.class)
            .where(
                Encounter.IDENTIFIER
                    .exactly()
                    .systemAndCode(visitKey.getSystem(), visitKey.getValue()))
            .returnBundle(Bundle.class)
            .execute();
    return found.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(Encounter.class::isInstance)
        .map(Encounter.class::cast)
        .findFirst();
  }

  private List<Patient> findPatients(PatientDetails patient) {
    Bundle found =
        client
            .search()
            .forResource(Patient.class)
            .where(
                Patient.IDENTIFIER
                    .exactly()
                    .systemAndCode(settings.citizenIdSystem(), patient.citizenId().value()))
            .returnBundle(Bundle.class)
            .execute();
    return found.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(Patient.class::isInstance)
        .map(Patient.class::cast)
        .toList();
  }

  private org.hl7.fhir.instance.model.api.IIdType createPatient(PatientDetails details) {
    Patient patient = new Patient();
    patient.addIdentifier(citizenIdentifier(details).setUse(Identifier.IdentifierUse.OFFICIAL));
    // Vietnamese names are written family name first; the HIS gets the whole name as printed.
    patient.addName().setText(details.fullName()).setUse(HumanName.NameUse.OFFICIAL);
    patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(details.birthDate().toString()));
    patient.setGender(
        details.sex() == Sex.MALE ? AdministrativeGender.MALE : AdministrativeGender.FEMALE);
    MethodOutcome outcome = client.create().resource(patient).execute();
    return outcome.getId().toUnqualifiedVersionless();
  }

  private Encounter createEncounter(VisitRequest request, Identifier visitKey, Reference subject) {
    Encounter encounter = new Encounter();
    encounter.addIdentifier(visitKey.setUse(Identifier.IdentifierUse.SECONDARY));
    encounter.setStatus(
        "planned".equals(settings.encounterStatus())
            ? Encounter.EncounterStatus.PLANNED
            : Encounter.EncounterStatus.ARRIVED);
    encounter.setClass_(new Coding(ACT_CODE, "AMB", "ambulatory"));
    encounter.setServiceType(
        new CodeableConcept(
            new Coding(settings.serviceTypeSystem(), request.service().value(), null)));
    encounter.setSubject(subject);
    encounter.setPeriod(new Period().setStart(Date.from(request.requestedAt())));
    MethodOutcome outcome =
        client.create().resource(encounter).prefer(PreferReturnEnum.REPRESENTATION).execute();
    if (outcome.getResource() instanceof Encounter created && created.hasIdElement()) {
      return created;
    }
    return client
        .read()
        .resource(Encounter.class)
        .withId(outcome.getId().toUnqualifiedVersionless())
        .execute();
  }

  private Registration registered(Encounter encounter) {
    String id = encounter.getIdElement().getIdPart();
    if (id == null) {
      return new Registration.Unreachable("HIS " + server + " answered an Encounter without an id");
    }
    Optional<String> number =
        encounter.getIdentifier().stream()
            .filter(i -> settings.queueNumberSystem().equals(i.getSystem()) && i.hasValue())
            .map(Identifier::getValue)
            .findFirst();
    return new Registration.Registered(EncounterRef.of("Encounter/" + id), number);
  }

  private Registration answerTo(BaseServerResponseException e) {
    int status = e.getStatusCode();
    String what = "HIS " + server + " answered HTTP " + status;
    if (status >= 500 || status == 408 || status == 429) {
      return new Registration.Unreachable(what);
    }
    if (status == 401 || status == 403) {
      LOG.error("{}: the kiosk's HIS credentials are not accepted", what);
      return new Registration.Unreachable(what + " (kiosk not authorised)");
    }
    return new Registration.Refused(what);
  }

  private String connectionProblem(FhirClientConnectionException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof ca.uhn.fhir.parser.DataFormatException) {
      // HAPI reports an answer it cannot parse as a connection problem; it is a server problem.
      return "unexpected answer from HIS " + server + ": not FHIR (DataFormatException)";
    }
    return "cannot reach HIS " + server + ": " + cause.getClass().getSimpleName();
  }

  private static int millis(java.time.Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
  }
}
