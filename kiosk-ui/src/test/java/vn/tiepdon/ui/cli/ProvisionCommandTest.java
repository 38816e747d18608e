package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.provisioning.enrolment.BundleQrAssembler;
import vn.tiepdon.provisioning.identity.EnrolmentRequest;

/** The provisioning workflow as IT runs it: keys, request, bundle, QR codes, verify, sign. */
class ProvisionCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private StringWriter out;
  private StringWriter err;
  private Path password;

  @BeforeEach
  void setUp() throws Exception {
    password = Files.writeString(dir.resolve("pw.txt"), "correct horse\n");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private JsonNode json() throws Exception {
    return JSON.readTree(out.toString());
  }

  private void keygen(String name, String role) {
    assertThat(
            run(
                "provision",
                "keygen",
                "--keystore",
                dir.resolve(name + ".p12").toString(),
                "--role",
                role,
                "--name",
                name,
                "--password-file",
                password.toString()))
        .as(err::toString)
        .isZero();
  }

  /** A self-signed CA certificate in PEM, made with BouncyCastle (as a hospital's CA would be). */
  private static String pem(String cn) throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    java.security.KeyPair pair = generator.generateKeyPair();
    org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name(cn);
    java.time.Instant now = java.time.Instant.now();
    var holder =
        new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                name,
                java.math.BigInteger.ONE,
                java.util.Date.from(now.minusSeconds(3600)),
                java.util.Date.from(now.plusSeconds(86_400L * 3650)),
                name,
                pair.getPublic())
            .build(
                new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                    .build(pair.getPrivate()));
    StringWriter text = new StringWriter();
    try (var writer = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(text)) {
      writer.writeObject(holder);
    }
    return text.toString();
  }

  /** keygen ×3, request, bundle: the state every test starts from. */
  private Path enrolKiosk() throws Exception {
    keygen("kiosk", "kiosk");
    keygen("hospital", "hospital");
    keygen("operator", "operator");
    assertThat(
            run(
                "provision",
                "request",
                "--keystore",
                dir.resolve("kiosk.p12").toString(),
                "--kiosk",
                "k01",
                "--out",
                dir.resolve("req.json").toString(),
                "--png",
                dir.resolve("req.png").toString(),
                "--password-file",
                password.toString()))
        .as(err::toString)
        .isZero();
    Files.writeString(dir.resolve("mqtt-pw.txt"), "kiosk-k01-secret\n");
    Files.writeString(dir.resolve("ca.pem"), pem("CN=Hospital MQTT CA"));
    Files.writeString(dir.resolve("csca1.pem"), pem("CN=CSCA test 1"));
    Files.writeString(dir.resolve("site.yaml"), "kiosk:\n  idleTimeout: PT45S\n  language: vi\n");
    Path bundle = dir.resolve("out/b.json");
    int status =
        run(
            "provision",
            "bundle",
            "--request",
            dir.resolve("req.json").toString(),
            "--hospital-key",
            dir.resolve("hospital.p12").toString(),
            "--hospital",
            "bv-a",
            "--broker",
            "ssl://mqtt.bv-a.local:8883",
            "--mqtt-user",
            "kiosk-k01",
            "--mqtt-password-file",
            dir.resolve("mqtt-pw.txt").toString(),
            "--ca",
            dir.resolve("ca.pem").toString(),
            "--site-config",
            dir.resolve("site.yaml").toString(),
            "--csca",
            dir.resolve("csca1.pem").toString(),
            "--bank-bin",
            "970436",
            "--bank-account",
            "0011001234567",
            "--bank-name",
            "BENH VIEN A",
            "--his",
            "https://his.bv-a.local/fhir",
            "--operator",
            "it-lan=" + dir.resolve("operator.p12.pub"),
            "--out",
            bundle.toString(),
            "--qr-dir",
            dir.resolve("qr").toString(),
            "--password-file",
            password.toString());
    assertThat(status).as(err::toString).isZero();
    return bundle;
  }

  private int verify(Path bundle, String kiosk, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "provision",
                "verify",
                "--bundle",
                bundle.toString(),
                "--hospital-pub",
                dir.resolve("hospital.p12.pub").toString(),
                "--kiosk",
                kiosk));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void keygenWritesAnOwnerOnlyKeystoreAndItsPublicKey() throws Exception {
    keygen("operator", "operator");

    JsonNode printed = json();
    assertThat(printed.get("role").asText()).isEqualTo("operator");
    assertThat(printed.get("keyId").asText()).matches("[0-9a-f]{16}");
    Path keystore = dir.resolve("operator.p12");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("operator.p12.pub")).strip())
        .isEqualTo(printed.get("publicKey").asText());
  }

  @Test
  void theWholeEnrolmentRoundTripVerifiesAndTheQrCodesScanBackToTheBundle() throws Exception {
    Path bundle = enrolKiosk();
    JsonNode built = json();
    assertThat(built.get("kiosk").asText()).isEqualTo("k01");
    assertThat(built.get("qrCodes").asInt()).isPositive();
    assertThat(out.toString()).doesNotContain("kiosk-k01-secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle)))
        .isEqualTo("rw-------");

    assertThat(
            verify(
                bundle,
                "k01",
                "--hospital",
                "bv-a",
                "--kiosk-pub",
                dir.resolve("kiosk.p12.pub").toString()))
        .as(err::toString)
        .isZero();
    JsonNode verified = json();
    assertThat(verified.get("valid").asBoolean()).isTrue();
    assertThat(verified.get("cscaCertificates").asInt()).isEqualTo(1);
    assertThat(verified.get("operatorKeys").get(0).get("name").asText()).isEqualTo("it-lan");
    assertThat(out.toString()).doesNotContain("kiosk-k01-secret");

    BundleQrAssembler assembler = new BundleQrAssembler();
    try (Stream<Path> codes = Files.list(dir.resolve("qr"))) {
      for (Path png : codes.sorted(java.util.Comparator.reverseOrder()).toList()) {
        assembler.add(scan(png));
      }
    }
    assertThat(assembler.bundleFile()).isEqualTo(Files.readAllBytes(bundle));
  }

  @Test
  void theRequestQrCodeScansBackToTheRequest() throws Exception {
    enrolKiosk();
    EnrolmentRequest fromFile = EnrolmentRequest.parse(Files.readString(dir.resolve("req.json")));

    assertThat(EnrolmentRequest.parse(scan(dir.resolve("req.png")))).isEqualTo(fromFile);
  }

  @Test
  void verifyRefusesWithTheReasonAndExitsTwo() throws Exception {
    Path bundle = enrolKiosk();

    assertThat(verify(bundle, "k02")).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "tiepdon: bundle refused (OTHER_KIOSK): bundle is for kiosk k01, this is kiosk k02");

    assertThat(verify(bundle, "k01", "--hospital", "bv-b")).isEqualTo(2);
    assertThat(err.toString()).contains("bundle refused (OTHER_HOSPITAL)");

    assertThat(verify(bundle, "k01", "--at", "2099-01-01T00:00:00Z")).isEqualTo(2);
    assertThat(err.toString()).contains("bundle refused (EXPIRED): bundle expired at");

    assertThat(verify(bundle, "k01", "--at", "2000-01-01T00:00:00Z")).isEqualTo(2);
    assertThat(err.toString()).contains("bundle refused (NOT_YET_VALID)");

    assertThat(verify(bundle, "k01", "--kiosk-pub", dir.resolve("operator.p12.pub").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("bundle refused (OTHER_KIOSK): bundle is for kiosk key");

    assertThat(verify(bundle, "k01", "--at", "yesterday")).isEqualTo(2);
    assertThat(err.toString()).contains("--at must be an ISO-8601 instant");
  }

  @Test
  void aHandEditedBundleIsRefusedUntilSignedAgain() throws Exception {
    Path bundle = enrolKiosk();
    ObjectNode file = (ObjectNode) JSON.readTree(bundle.toFile());
    ((ObjectNode) file.get("bundle").get("bank")).put("name", "BENH VIEN A - CO SO 2");
    Path edited = Files.write(dir.resolve("edited.json"), JSON.writeValueAsBytes(file));

    assertThat(verify(edited, "k01")).isEqualTo(2);
    assertThat(err.toString()).contains("bundle refused (BAD_SIGNATURE)");

    Path resigned = dir.resolve("resigned.json");
    assertThat(
            run(
                "provision",
                "sign",
                "--bundle",
                edited.toString(),
                "--hospital-key",
                dir.resolve("hospital.p12").toString(),
                "--out",
                resigned.toString(),
                "--password-file",
                password.toString()))
        .as(err::toString)
        .isZero();
    assertThat(verify(resigned, "k01")).as(err::toString).isZero();

    file.remove("signature");
    Path unsigned = Files.write(dir.resolve("unsigned.json"), JSON.writeValueAsBytes(file));
    assertThat(verify(unsigned, "k01")).isEqualTo(2);
    assertThat(err.toString()).contains("bundle refused (UNSIGNED): bundle is not signed");
  }

  @Test
  void badInputNamesWhatWasWrong() throws Exception {
    keygen("kiosk", "kiosk");
    String keystore = dir.resolve("kiosk.p12").toString();

    assertThat(
            run(
                "provision",
                "keygen",
                "--keystore",
                keystore,
                "--password-file",
                password.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("already exists; it is never overwritten");

    Path wrong = Files.writeString(dir.resolve("wrong.txt"), "guess\n");
    assertThat(
            run(
                "provision",
                "request",
                "--keystore",
                keystore,
                "--kiosk",
                "k01",
                "--password-file",
                wrong.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("wrong password");

    assertThat(
            run(
                "provision",
                "request",
                "--keystore",
                keystore,
                "--kiosk",
                "K 01",
                "--password-file",
                password.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--kiosk: kiosk id must be");

    assertThat(
            run(
                "provision",
                "request",
                "--keystore",
                keystore,
                "--kiosk",
                "k01",
                "--password-env",
                "TIEPDON_TEST_PASSWORD_NOT_SET"))
        .isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "tiepdon: no keystore password: set TIEPDON_TEST_PASSWORD_NOT_SET or give --password-file FILE");

    assertThat(
            run(
                "provision",
                "keygen",
                "--keystore",
                dir.resolve("x.p12").toString(),
                "--role",
                "admin",
                "--password-file",
                password.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--role must be kiosk, hospital or operator, was 'admin'");

    assertThat(verify(dir.resolve("missing.json"), "k01")).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist");
  }

  @Test
  void aBundleWithABadFieldIsNotWritten() throws Exception {
    keygen("kiosk", "kiosk");
    keygen("hospital", "hospital");
    run(
        "provision",
        "request",
        "--keystore",
        dir.resolve("kiosk.p12").toString(),
        "--kiosk",
        "k01",
        "--out",
        dir.resolve("req.json").toString(),
        "--password-file",
        password.toString());
    Files.writeString(dir.resolve("mqtt-pw.txt"), "secret\n");
    Path target = dir.resolve("b.json");

    int status =
        run(
            "provision",
            "bundle",
            "--request",
            dir.resolve("req.json").toString(),
            "--hospital-key",
            dir.resolve("hospital.p12").toString(),
            "--hospital",
            "bv-a",
            "--broker",
            "ssl://mqtt.bv-a.local:8883",
            "--mqtt-user",
            "kiosk-k01",
            "--mqtt-password-file",
            dir.resolve("mqtt-pw.txt").toString(),
            "--bank-bin",
            "97043",
            "--bank-account",
            "0011001234567",
            "--bank-name",
            "BV A",
            "--his",
            "https://his.bv-a.local/fhir",
            "--out",
            target.toString(),
            "--password-file",
            password.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("tiepdon: --bank-*: bin must be 6 digits, was '97043'");
    assertThat(target).doesNotExist();
  }

  @Test
  void verifiesABundleFromScannedQrTextsInAnyOrder() throws Exception {
    Path bundle = enrolKiosk();
    List<String> texts =
        new ArrayList<>(
            vn.tiepdon.provisioning.enrolment.BundleQrCodes.split(Files.readAllBytes(bundle), 300));
    java.util.Collections.reverse(texts);
    Path scanned = Files.write(dir.resolve("scans.txt"), texts);

    assertThat(
            run(
                "provision",
                "verify",
                "--qr-texts",
                scanned.toString(),
                "--hospital-pub",
                dir.resolve("hospital.p12.pub").toString(),
                "--kiosk",
                "k01"))
        .as(err::toString)
        .isZero();
    assertThat(json().get("valid").asBoolean()).isTrue();

    Path partial = Files.write(dir.resolve("partial.txt"), texts.subList(1, texts.size()));
    assertThat(
            run(
                "provision",
                "verify",
                "--qr-texts",
                partial.toString(),
                "--hospital-pub",
                dir.resolve("hospital.p12.pub").toString(),
                "--kiosk",
                "k01"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("--qr-texts: QR codes missing: [" + texts.size() + "] of " + texts.size());

    Path wrong = Files.write(dir.resolve("wrong.txt"), List.of(texts.get(0), "hello"));
    assertThat(
            run(
                "provision",
                "verify",
                "--qr-texts",
                wrong.toString(),
                "--hospital-pub",
                dir.resolve("hospital.p12.pub").toString(),
                "--kiosk",
                "k01"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--qr-texts line 2: not a bundle QR code");

    assertThat(
            run(
                "provision",
                "verify",
                "--hospital-pub",
                dir.resolve("hospital.p12.pub").toString(),
                "--kiosk",
                "k01"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("give either --bundle FILE or --qr-texts FILE");
  }

  private static String scan(Path png) throws Exception {
    var image = ImageIO.read(png.toFile());
    // PURE_BARCODE: the file is a rendered symbol, not a photo. Without it ZXing's photo-oriented
    // detector missed 4 of 150 such 400-character symbols (measured), which made this test flaky.
    return new MultiFormatReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
            java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, true))
        .getText();
  }
}
