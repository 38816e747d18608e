package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.provisioning.enrolment.BundleSigner;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.identity.KioskIdentity;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * {@code provision install}: a bundle file installed on the kiosk with its own keystore, the way IT
 * does it from a USB stick, and every refusal leaving nothing installed.
 */
class ProvisionInstallTest {
  private static final String PASSWORD_ENV = "TIEPDON_TEST_KEYSTORE_PASSWORD";
  private static final SiteId SITE = new SiteId("bv-demo");
  private static final KioskId KIOSK = new KioskId("kiosk-demo-01");

  @TempDir Path dir;
  private final Clock clock = Clock.systemUTC();
  private final KeyPair hospital = Ed25519.generate();
  private Ed25519PublicKey kioskKey;
  private Path config;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void kiosk() throws Exception {
    kioskKey =
        KioskIdentity.load(dir.resolve("kiosk.p12"), "pw".toCharArray(), KIOSK, clock).publicKey();
    String demo = Files.readString(Path.of("../config/demo.yaml"));
    config =
        Files.writeString(
            dir.resolve("kiosk.yaml"),
            demo.replace("dataDir: var/demo", "dataDir: " + dir.resolve("data"))
                + "\nprovisioning:\n"
                + "  keystore: "
                + dir.resolve("kiosk.p12")
                + "\n  keystorePasswordEnv: "
                + PASSWORD_ENV
                + "\n  hospitalPublicKey: "
                + new Ed25519PublicKey(hospital.getPublic()).text()
                + "\n  bundleFile: "
                + dir.resolve("data/bundle.enc")
                + "\n");
  }

  private int install(Path bundle, Map<String, String> environment) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = new CommandLine(new ProvisionInstall(environment::get));
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute("--config", config.toString(), "--bundle", bundle.toString());
  }

  private int install(Path bundle) {
    return install(bundle, Map.of(PASSWORD_ENV, "pw"));
  }

  @Test
  void aBundleForThisKioskIsInstalledAndItsCscaListWritten() throws Exception {
    TestIssuer csca = TestIssuer.generate("TiepDon Install Test", clock);
    Path bundle = write(bundle(SITE, KIOSK, Duration.ofDays(30), List.of(pem(csca))), hospital);

    assertThat(install(bundle)).as(err::toString).isZero();

    JsonNode printed = new ObjectMapper().readTree(out.toString());
    assertThat(printed.get("installed").asBoolean()).isTrue();
    assertThat(printed.get("kiosk").asText()).isEqualTo("kiosk-demo-01");
    assertThat(printed.get("cscaCertificates").asInt()).isEqualTo(1);
    assertThat(out.toString()).doesNotContain("mqtt-secret");
    assertThat(dir.resolve("data/bundle.enc")).exists();
    assertThat(Files.readAllBytes(dir.resolve("data/bundle.enc")))
        .as("stored encrypted")
        .isNotEqualTo(Files.readAllBytes(bundle));
    try (var pems = Files.list(dir.resolve("data/csca"))) {
      assertThat(pems.toList()).hasSize(1);
    }
  }

  @Test
  void eachRefusalExitsTwoWithItsReasonAndInstallsNothing() throws Exception {
    Path otherKiosk =
        write(bundle(SITE, new KioskId("kiosk-demo-02"), Duration.ofDays(30), List.of()), hospital);
    Path otherHospital =
        write(bundle(new SiteId("bv-khac"), KIOSK, Duration.ofDays(30), List.of()), hospital);
    Path expired = write(bundle(SITE, KIOSK, Duration.ofDays(-1), List.of()), hospital);
    Path forged = write(bundle(SITE, KIOSK, Duration.ofDays(30), List.of()), Ed25519.generate());
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"not\": \"a bundle\"}");

    for (Path refused : List.of(otherKiosk, otherHospital, expired, forged, garbage)) {
      assertThat(install(refused)).as(refused.toString()).isEqualTo(2);
      assertThat(err.toString()).as(refused.toString()).contains("bundle refused (");
      assertThat(err.toString().lines().count()).as("one line").isEqualTo(1);
    }
    assertThat(dir.resolve("data/bundle.enc")).doesNotExist();
  }

  @Test
  void aMissingFileConfigSectionOrPasswordIsNamed() throws Exception {
    Path bundle = write(bundle(SITE, KIOSK, Duration.ofDays(30), List.of()), hospital);

    assertThat(install(dir.resolve("nowhere.json"))).isEqualTo(2);
    assertThat(err.toString()).contains("--bundle").contains("does not exist");

    assertThat(install(bundle, Map.of())).isEqualTo(2);
    assertThat(err.toString()).contains(PASSWORD_ENV);

    Files.writeString(config, Files.readString(Path.of("../config/demo.yaml")));
    assertThat(install(bundle)).isEqualTo(2);
    assertThat(err.toString()).contains("has no provisioning: section");
    assertThat(dir.resolve("data/bundle.enc")).doesNotExist();
  }

  private EnrolmentBundle bundle(SiteId site, KioskId kiosk, Duration validFor, List<String> csca) {
    Instant now = clock.instant();
    return new EnrolmentBundle(
        site,
        kiosk,
        Optional.of(kioskKey),
        validFor.isNegative() ? now.minus(Duration.ofDays(10)) : now.minusSeconds(60),
        now.plus(validFor),
        new EnrolmentBundle.Broker(
            URI.create("ssl://mqtt.bv-demo.local:8883"),
            "kiosk-demo-01",
            "mqtt-secret",
            Optional.empty()),
        new ObjectMapper().createObjectNode(),
        csca,
        new EnrolmentBundle.BankAccount("970436", "0011001234567", "BENH VIEN DEMO"),
        URI.create("https://his.bv-demo.local/fhir"),
        List.of());
  }

  private Path write(EnrolmentBundle bundle, KeyPair by) throws Exception {
    byte[] signed =
        new BundleSigner(by.getPrivate(), new Ed25519PublicKey(by.getPublic()))
            .sign(bundle)
            .toBytes();
    return Files.write(Files.createTempFile(dir, "bundle", ".json"), signed);
  }

  private static String pem(TestIssuer issuer) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(issuer.csca().getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
