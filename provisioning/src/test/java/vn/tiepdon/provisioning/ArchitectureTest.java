package vn.tiepdon.provisioning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Paho only in the mqtt adapter, JDBC only in sqlite (and mqtt, which wires it), no modules. */
class ArchitectureTest {
  private static final JavaClasses PROVISIONING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.tiepdon.provisioning");

  @Test
  void pahoStaysInTheMqttAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..provisioning.mqtt..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.paho..")
        .because("the domain must not know which MQTT client carries it")
        .check(PROVISIONING);
  }

  @Test
  void jdbcStaysInTheSqliteAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..provisioning.sqlite..", "..provisioning.mqtt..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..")
        .because("storage is an adapter; the outbox port is vn.tiepdon.provisioning.outbox")
        .check(PROVISIONING);
  }

  @Test
  void dependsOnNoOtherTiepdonModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.tiepdon.devices..",
            "vn.tiepdon.queue..",
            "vn.tiepdon.payment..",
            "vn.tiepdon.citizenid..",
            "vn.tiepdon.ui..")
        .because("only kiosk-ui wires modules together (DESIGN.md)")
        .check(PROVISIONING);
  }
}
