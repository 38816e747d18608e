package vn.tiepdon.queue.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;

/**
 * A hospital system for tests: HAPI's own {@link RestfulServer} with in-memory Patient, Encounter
 * and CoverageEligibilityRequest providers, served by Jetty over real HTTP on an ephemeral port.
 * Its data outlive {@link #stop()}/{@link #start()}, like a real HIS restarting; {@link #failNext}
 * makes the next calls answer with an HTTP error.
 */
public final class FhirTestServer implements AutoCloseable {
  static final FhirContext CONTEXT = FhirContext.forR4();

  final Map<String, Patient> patients = new ConcurrentHashMap<>();
  final Map<String, Encounter> encounters = new ConcurrentHashMap<>();
  public final ConcurrentLinkedQueue<CoverageEligibilityRequest> eligibilityRequests =
      new ConcurrentLinkedQueue<>();
  public final Map<String, Supplier<CoverageEligibilityResponse>> insurance =
      new ConcurrentHashMap<>();
  final AtomicInteger encounterCreates = new AtomicInteger();
  volatile boolean assignsNumbers;
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger queueNumbers = new AtomicInteger();
  private final AtomicReference<Supplier<BaseServerResponseException>> failure =
      new AtomicReference<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private Server jetty;
  private int port;

  /** Starts, on the port of the first start after a {@link #stop()}; a no-op when running. */
  public synchronized FhirTestServer start() {
    if (jetty != null) {
      return this;
    }
    try {
      RestfulServer fhir = new RestfulServer(CONTEXT);
      fhir.setResourceProviders(new Patients(), new Encounters(), new Eligibility());
      Server server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(port);
      server.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler();
      context.addServlet(new ServletHolder(fhir), "/fhir/*");
      server.setHandler(context);
      server.start();
      port = connector.getLocalPort();
      jetty = server;
      return this;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test FHIR server", e);
    }
  }

  /** Stops answering: connections to the port are refused until {@link #start()}. */
  public synchronized void stop() {
    try {
      if (jetty != null) {
        jetty.stop();
        jetty = null;
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the test FHIR server", e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port + "/fhir");
  }

  void failNext(int times, Supplier<BaseServerResponseException> error) {
    failure.set(error);
    failuresLeft.set(times);
  }

  void reset() {
    patients.clear();
    encounters.clear();
    eligibilityRequests.clear();
    insurance.clear();
    encounterCreates.set(0);
    queueNumbers.set(0);
    assignsNumbers = false;
    failuresLeft.set(0);
  }

  private void maybeFail() {
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw failure.get().get();
    }
  }

  private static boolean has(List<Identifier> identifiers, TokenParam token) {
    return identifiers.stream()
        .anyMatch(
            i ->
                token.getValue().equals(i.getValue())
                    && (token.getSystem() == null || token.getSystem().equals(i.getSystem())));
  }

  /** An in-force, in-network BHYT card valid until {@code end}. */
  public static CoverageEligibilityResponse covered(
      LocalDate end, boolean inForce, String network) {
    CoverageEligibilityResponse response = new CoverageEligibilityResponse();
    response.setOutcome(RemittanceOutcome.COMPLETE);
    CoverageEligibilityResponse.InsuranceComponent insurance = response.addInsurance();
    insurance.setInforce(inForce);
    insurance.setBenefitPeriod(
        new Period().setEndElement(new org.hl7.fhir.r4.model.DateTimeType(end.toString())));
    if (network != null) {
      insurance
          .addItem()
          .setNetwork(
              new CodeableConcept(
                  new Coding(
                      "http://terminology.hl7.org/CodeSystem/benefit-network", network, null)));
    }
    return response;
  }

  public static CoverageEligibilityResponse error(String code) {
    CoverageEligibilityResponse response = new CoverageEligibilityResponse();
    response.setOutcome(RemittanceOutcome.ERROR);
    response
        .addError()
        .setCode(new CodeableConcept(new Coding("https://his.example/errors", code, null)));
    return response;
  }

  public final class Patients implements IResourceProvider {
    @Override
    public Class<? extends IBaseResource> getResourceType() {
      return Patient.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Patient patient) {
      maybeFail();
      String id = "p" + ids.incrementAndGet();
      patient.setId(new IdType("Patient", id));
      patients.put(id, patient);
      return new MethodOutcome(new IdType("Patient", id), true).setResource(patient);
    }

    @Read
    public Patient read(@IdParam IdType id) {
      maybeFail();
      Patient patient = patients.get(id.getIdPart());
      if (patient == null) {
        throw new ResourceNotFoundException(id);
      }
      return patient;
    }

    @Search
    public List<Patient> byIdentifier(
        @RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
      maybeFail();
      return new ArrayList<>(
          patients.values().stream().filter(p -> has(p.getIdentifier(), identifier)).toList());
    }
  }

  public final class Encounters implements IResourceProvider {
    @Override
    public Class<? extends IBaseResource> getResourceType() {
      return Encounter.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Encounter encounter) {
      maybeFail();
      if (!encounter.hasSubject()
          || !patients.containsKey(encounter.getSubject().getReferenceElement().getIdPart())) {
        throw new ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException(
            "Encounter.subject must be a known Patient");
      }
      String id = "e" + ids.incrementAndGet();
      encounter.setId(new IdType("Encounter", id));
      if (assignsNumbers) {
        encounter
            .addIdentifier()
            .setSystem(FhirSettings.QUEUE_NUMBER_SYSTEM)
            .setValue(String.valueOf(1000 + queueNumbers.incrementAndGet()));
      }
      encounters.put(id, encounter);
      encounterCreates.incrementAndGet();
      return new MethodOutcome(new IdType("Encounter", id), true).setResource(encounter);
    }

    @Read
    public Encounter read(@IdParam IdType id) {
      maybeFail();
      Encounter encounter = encounters.get(id.getIdPart());
      if (encounter == null) {
        throw new ResourceNotFoundException(id);
      }
      return encounter;
    }

    @Search
    public List<Encounter> byIdentifier(
        @RequiredParam(name = Encounter.SP_IDENTIFIER) TokenParam identifier) {
      maybeFail();
      return new ArrayList<>(
          encounters.values().stream().filter(e -> has(e.getIdentifier(), identifier)).toList());
    }
  }

  public final class Eligibility implements IResourceProvider {
    @Override
    public Class<? extends IBaseResource> getResourceType() {
      return CoverageEligibilityRequest.class;
    }

    @Operation(name = "$submit", idempotent = false)
    public CoverageEligibilityResponse submit(
        @OperationParam(name = "resource", min = 1) CoverageEligibilityRequest request) {
      maybeFail();
      eligibilityRequests.add(request);
      String cccd = request.getPatient().getIdentifier().getValue();
      Supplier<CoverageEligibilityResponse> answer = insurance.get(cccd);
      return answer != null ? answer.get() : error("not-found");
    }
  }
}
