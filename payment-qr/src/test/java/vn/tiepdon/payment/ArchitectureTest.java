package vn.tiepdon.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "vn.tiepdon.payment",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheSqliteAdapterTouchesJdbc =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.tiepdon.payment.sqlite..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..", "org.flywaydb..")
          .because("payment rules are tested without a database; the store is a port");

  @ArchTest
  static final ArchRule domainDoesNotKnowItsAdapters =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.tiepdon.payment.sqlite..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.tiepdon.payment.sqlite..")
          .because("adapters depend on the domain, never the other way round");

  @ArchTest
  static final ArchRule onlyTheRendererUsesZxing =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("vn.tiepdon.payment.vietqr.QrRenderer")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.google.zxing..")
          .because("the codec is plain text; only drawing the symbol needs ZXing");
}
