package vn.tiepdon.devices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DevicesArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.tiepdon.devices");

  @Test
  void onlyTheSerialAdapterUsesJSerialComm() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "vn.tiepdon.devices.serial",
            "vn.tiepdon.devices.chipbox.serial",
            "vn.tiepdon.devices.setup")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fazecast..")
        .because("ports and simulators must run where no serial library is present")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage("vn.tiepdon.devices.setup")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fazecast..")
        .because("the factory builds adapters but talks to them through ports only")
        .check(MAIN);
  }

  @Test
  void onlyTheCameraAdapterUsesOpenCv() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.tiepdon.devices.camera.opencv")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.opencv..", "nu.pattern..")
        .because("OpenCV natives load only where a real camera is configured")
        .check(MAIN);
  }

  @Test
  void theChipBoxProtocolKnowsNoSerialLibrary() {
    noClasses()
        .that()
        .resideInAPackage("vn.tiepdon.devices.chipbox")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.tiepdon.devices.serial..",
            "vn.tiepdon.devices.chipbox.serial..",
            "vn.tiepdon.devices.sim..")
        .because("the protocol runs over any byte link and is tested without a port")
        .check(MAIN);
  }

  @Test
  void portsKnowNoAdapterAndNoSimulator() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "vn.tiepdon.devices",
            "vn.tiepdon.devices.scanner",
            "vn.tiepdon.devices.card",
            "vn.tiepdon.devices.camera",
            "vn.tiepdon.devices.printer")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.tiepdon.devices.sim..",
            "vn.tiepdon.devices.serial..",
            "vn.tiepdon.devices.pcsc..",
            "vn.tiepdon.devices.setup..",
            "vn.tiepdon.devices.config..")
        .because("ports are the stable API; adapters and simulators plug in behind them")
        .check(MAIN);
  }

  @Test
  void simulatorsAndAdaptersDoNotUseEachOther() {
    noClasses()
        .that()
        .resideInAPackage("vn.tiepdon.devices.sim..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.tiepdon.devices.serial..", "vn.tiepdon.devices.pcsc..")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAnyPackage("vn.tiepdon.devices.serial..", "vn.tiepdon.devices.pcsc..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.tiepdon.devices.sim..")
        .because("a simulator is a product, never a test hook inside an adapter")
        .check(MAIN);
  }
}
