package vn.tiepdon.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of DESIGN.md, checked on the compiled production classes of every module
 * (kiosk-ui depends on all of them, so all are on this test's class path).
 */
@AnalyzeClasses(
    packages = "vn.tiepdon",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      ArchitectureTest.DoNotIncludeTestJars.class
    })
class ArchitectureTest {

  /** Other modules' test-jars (queue's test FHIR server) hold test code, not production classes. */
  static final class DoNotIncludeTestJars implements ImportOption {
    private static final java.util.regex.Pattern TEST_JAR =
        java.util.regex.Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.matches(TEST_JAR);
    }
  }

  /** Packages where a module meets a library of the outside world. */
  private static final String[] ADAPTER_PACKAGES = {
    "..serial..",
    "..pcsc..",
    "..mqtt..",
    "..sqlite..",
    "..jdbc..",
    "..fhir..",
    "..gpio..",
    "..camera..",
    "vn.tiepdon.ui.fx..",
    "vn.tiepdon.ui.fleet.fx..",
    "vn.tiepdon.ui.cashier.fx..",
    "vn.tiepdon.ui.remote.fx..",
    "vn.tiepdon.ui.app..",
    "vn.tiepdon.ui.demo..",
    "vn.tiepdon.ui.cli..",
    "vn.tiepdon.ui.logging.."
  };

  @ArchTest
  static final ArchRule citizenIdStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("vn.tiepdon.citizenid..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.tiepdon.devices..",
              "vn.tiepdon.queue..",
              "vn.tiepdon.payment..",
              "vn.tiepdon.provisioning..",
              "vn.tiepdon.ui..")
          .because(
              "identity rules and chip reading must be usable and testable without any other part of the kiosk");

  @ArchTest
  static final ArchRule devicesStandAlone =
      noClasses()
          .that()
          .resideInAPackage("vn.tiepdon.devices..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.tiepdon.citizenid..",
              "vn.tiepdon.queue..",
              "vn.tiepdon.payment..",
              "vn.tiepdon.provisioning..",
              "vn.tiepdon.ui..")
          .because("drivers know bytes and device states, not patients, tickets or payments");

  @ArchTest
  static final ArchRule queueUsesOnlyCitizenIdValueTypes =
      noClasses()
          .that()
          .resideInAPackage("vn.tiepdon.queue..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.tiepdon.citizenid.*..",
              "vn.tiepdon.devices..",
              "vn.tiepdon.payment..",
              "vn.tiepdon.provisioning..",
              "vn.tiepdon.ui..")
          .because(
              "the queue needs who the patient is (the value types in vn.tiepdon.citizenid), never how the card was read");

  @ArchTest
  static final ArchRule paymentStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("vn.tiepdon.payment..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.tiepdon.citizenid..",
              "vn.tiepdon.devices..",
              "vn.tiepdon.queue..",
              "vn.tiepdon.provisioning..",
              "vn.tiepdon.ui..")
          .because(
              "the cashier desk runs payment-qr without any kiosk hardware or patient identity");

  @ArchTest
  static final ArchRule provisioningStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("vn.tiepdon.provisioning..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.tiepdon.citizenid..",
              "vn.tiepdon.devices..",
              "vn.tiepdon.queue..",
              "vn.tiepdon.payment..",
              "vn.tiepdon.ui..")
          .because(
              "telemetry must not be able to reach personal data; it receives only what it is handed");

  @ArchTest
  static final ArchRule domainCodeIsFreeOfInfrastructure =
      noClasses()
          .that()
          .resideOutsideOfPackages(ADAPTER_PACKAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx..",
              "com.fazecast.jSerialComm..",
              "com.pi4j..",
              "org.eclipse.paho..",
              "com.hivemq..",
              "org.sqlite..",
              "org.postgresql..")
          .because(
              "domain rules are tested without screens, ports, brokers or database drivers; those live in adapter packages");

  @ArchTest
  static final ArchRule theCheckInFlowIsUiFree =
      noClasses()
          .that()
          .resideInAPackage("vn.tiepdon.ui.flow..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "java.awt..", "vn.tiepdon.ui.fx..", "vn.tiepdon.ui.app..")
          .because(
              "the patient flow is a state machine that tests drive directly, without a screen");
}
