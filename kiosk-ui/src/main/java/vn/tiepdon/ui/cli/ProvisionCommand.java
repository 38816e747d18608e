package vn.tiepdon.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.payment.vietqr.QrRenderer;
import vn.tiepdon.provisioning.enrolment.BundleQrAssembler;
import vn.tiepdon.provisioning.enrolment.BundleQrCodes;
import vn.tiepdon.provisioning.enrolment.BundleRejectedException;
import vn.tiepdon.provisioning.enrolment.BundleSigner;
import vn.tiepdon.provisioning.enrolment.BundleVerifier;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.enrolment.SignedBundle;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.identity.EnrolmentRequest;
import vn.tiepdon.provisioning.identity.KeyStoreException;
import vn.tiepdon.provisioning.identity.OwnerOnlyFiles;
import vn.tiepdon.provisioning.identity.SigningKeyStore;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

@Command(
    name = "provision",
    mixinStandardHelpOptions = true,
    description = "Create, sign, verify and install enrolment and configuration bundles.",
    subcommands = {
      ProvisionCommand.Keygen.class,
      ProvisionCommand.Request.class,
      ProvisionCommand.Bundle.class,
      ProvisionCommand.Sign.class,
      ProvisionCommand.Verify.class,
      ProvisionInstall.class
    })
final class ProvisionCommand implements Runnable {
  static final String PASSWORD_ENV = "TIEPDON_KEYSTORE_PASSWORD";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Where a keystore password comes from: a file (first line) or an environment variable. */
  static final class Password {
    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "Read the keystore password from the first line of FILE.")
    Path file;

    @Option(
        names = "--password-env",
        paramLabel = "NAME",
        defaultValue = PASSWORD_ENV,
        description = "Else read it from this environment variable (default ${DEFAULT-VALUE}).")
    String env;

    char[] read() {
      if (file != null) {
        String text = readText("--password-file", file);
        String first = text.lines().findFirst().orElse("");
        if (first.isEmpty()) {
          throw new BadInputException("--password-file: " + file + " is empty");
        }
        return first.toCharArray();
      }
      String value = System.getenv(env);
      if (value == null || value.isEmpty()) {
        throw new BadInputException(
            "no keystore password: set " + env + " or give --password-file FILE");
      }
      return value.toCharArray();
    }
  }

  @Command(
      name = "keygen",
      mixinStandardHelpOptions = true,
      description = {
        "Create an Ed25519 key pair in a new PKCS12 keystore (mode 600) and write its public key"
            + " beside it (FILE.pub).",
        "The same for a kiosk, the hospital (signs bundles) or an IT operator (signs commands)."
      })
  static final class Keygen implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "New file.")
    Path keystore;

    @Option(
        names = "--role",
        defaultValue = "kiosk",
        paramLabel = "ROLE",
        description = "kiosk, hospital or operator (default ${DEFAULT-VALUE}).")
    String role;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "Who owns the key, e.g. the kiosk id or the operator's login.")
    String name;

    @picocli.CommandLine.Mixin Password password;

    @Override
    public Integer call() {
      if (!List.of("kiosk", "hospital", "operator").contains(role)) {
        throw new BadInputException(
            "--role must be kiosk, hospital or operator, was '" + role + "'");
      }
      String owner = role + (name == null || name.isBlank() ? "" : " " + name.strip());
      SigningKeyStore store =
          keystore(
              () -> SigningKeyStore.create(keystore, password.read(), owner, Clock.systemUTC()));
      Path pub = publicKeyFile(keystore);
      writeText(pub, store.publicKey().text() + "\n");
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("keystore", keystore.toString());
      out.put("role", role);
      out.put("owner", owner);
      out.put("publicKey", store.publicKey().text());
      out.put("keyId", store.publicKey().keyId());
      out.put("publicKeyFile", pub.toString());
      Json.print(spec.commandLine().getOut(), out);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "request",
      mixinStandardHelpOptions = true,
      description = {
        "Print this kiosk's enrolment request (kiosk id, public key, time) as JSON.",
        "qrText is what the staff screen shows as a QR code; --png writes that QR code."
      })
  static final class Request implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--keystore", required = true, paramLabel = "FILE")
    Path keystore;

    @Option(names = "--kiosk", required = true, paramLabel = "ID", description = "e.g. k01")
    String kiosk;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the request here.")
    Path out;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the request's QR code.")
    Path png;

    @picocli.CommandLine.Mixin Password password;

    @Override
    public Integer call() {
      KioskId id = option("--kiosk", () -> new KioskId(kiosk));
      SigningKeyStore store = keystore(() -> SigningKeyStore.open(keystore, password.read()));
      EnrolmentRequest request =
          new EnrolmentRequest(id, store.publicKey(), Clock.systemUTC().instant());
      if (out != null) {
        writeBytes(out, request.toJson());
      }
      if (png != null) {
        writeBytes(png, new QrRenderer().png(request.qrText(), 512));
      }
      ObjectNode json = request.toJsonTree();
      json.put("qrText", request.qrText());
      Json.print(spec.commandLine().getOut(), json);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "bundle",
      mixinStandardHelpOptions = true,
      description = {
        "Build an enrolment bundle for one kiosk from its request and sign it with the hospital"
            + " key.",
        "The bundle holds the MQTT password: keep the output file private (it is written mode"
            + " 600)."
      })
  static final class Bundle implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--request", required = true, paramLabel = "FILE", description = "REQ.json")
    Path request;

    @Option(names = "--hospital-key", required = true, paramLabel = "FILE")
    Path hospitalKey;

    @Option(names = "--hospital", required = true, paramLabel = "ID", description = "e.g. bv-a")
    String hospital;

    @Option(names = "--broker", required = true, paramLabel = "URL", description = "ssl://h:8883")
    String broker;

    @Option(names = "--mqtt-user", required = true, paramLabel = "NAME")
    String mqttUser;

    @Option(
        names = "--mqtt-password-file",
        required = true,
        paramLabel = "FILE",
        description = "The kiosk's MQTT password, first line of FILE.")
    Path mqttPasswordFile;

    @Option(names = "--ca", paramLabel = "PEM", description = "The broker's CA certificate.")
    Path ca;

    @Option(
        names = "--site-config",
        paramLabel = "FILE",
        description = "Site configuration, YAML or JSON (an object).")
    Path siteConfig;

    @Option(
        names = "--csca",
        paramLabel = "PEM",
        description = "CSCA certificate file; repeat for each.")
    List<Path> csca = new ArrayList<>();

    @Option(names = "--bank-bin", required = true, paramLabel = "BIN")
    String bankBin;

    @Option(names = "--bank-account", required = true, paramLabel = "NUMBER")
    String bankAccount;

    @Option(names = "--bank-name", required = true, paramLabel = "NAME")
    String bankName;

    @Option(names = "--his", required = true, paramLabel = "URL", description = "FHIR endpoint")
    String his;

    @Option(
        names = "--operator",
        paramLabel = "NAME=PUBFILE",
        description = "An IT operator allowed to send commands; repeat for each.")
    Map<String, Path> operators = new LinkedHashMap<>();

    @Option(
        names = "--valid-for",
        defaultValue = "P30D",
        paramLabel = "DURATION",
        description = "How long the kiosk may install it, ISO-8601 (default ${DEFAULT-VALUE}).")
    String validFor;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "B.json")
    Path out;

    @Option(
        names = "--qr-dir",
        paramLabel = "DIR",
        description = "Also write the bundle as numbered QR codes (PNG) to scan at the kiosk.")
    Path qrDir;

    @picocli.CommandLine.Mixin Password password;

    @Override
    public Integer call() {
      EnrolmentRequest kiosk =
          option("--request", () -> EnrolmentRequest.parse(readText("--request", request)));
      Duration valid = duration("--valid-for", validFor);
      SigningKeyStore key = keystore(() -> SigningKeyStore.open(hospitalKey, password.read()));
      Instant now = Clock.systemUTC().instant();
      List<EnrolmentBundle.OperatorKey> operatorKeys = new ArrayList<>();
      operators.forEach(
          (name, file) ->
              operatorKeys.add(
                  option(
                      "--operator " + name,
                      () ->
                          new EnrolmentBundle.OperatorKey(
                              name, Ed25519PublicKey.parse(readText("--operator", file))))));
      List<String> cscaPems = new ArrayList<>();
      for (Path file : csca) {
        cscaPems.add(readText("--csca", file));
      }
      EnrolmentBundle bundle =
          option(
              "bundle",
              () ->
                  new EnrolmentBundle(
                      option("--hospital", () -> new SiteId(hospital)),
                      kiosk.kiosk(),
                      Optional.of(kiosk.publicKey()),
                      now,
                      now.plus(valid),
                      option(
                          "--broker",
                          () ->
                              new EnrolmentBundle.Broker(
                                  uri("--broker", broker),
                                  mqttUser,
                                  readText("--mqtt-password-file", mqttPasswordFile)
                                      .lines()
                                      .findFirst()
                                      .orElse(""),
                                  Optional.ofNullable(ca).map(file -> readText("--ca", file)))),
                      siteConfig == null ? new ObjectMapper().createObjectNode() : site(siteConfig),
                      cscaPems,
                      option(
                          "--bank-*",
                          () -> new EnrolmentBundle.BankAccount(bankBin, bankAccount, bankName)),
                      uri("--his", his),
                      operatorKeys));
      SignedBundle signed =
          bundleOption(() -> new BundleSigner(key.privateKey(), key.publicKey()).sign(bundle));
      writePrivate(out, signed.toBytes());
      int qrCodes = qrDir == null ? 0 : writeQrCodes(qrDir, signed.toBytes());
      Map<String, Object> summary = summary(bundle);
      summary.put("file", out.toString());
      summary.put("signedBy", key.publicKey().keyId());
      if (qrDir != null) {
        summary.put("qrCodes", qrCodes);
      }
      Json.print(spec.commandLine().getOut(), summary);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "sign",
      mixinStandardHelpOptions = true,
      description = {
        "Sign a bundle written or edited by hand with the hospital key.",
        "Input: the bundle object alone, or a bundle file whose 'bundle' member is signed again."
      })
  static final class Sign implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "FILE")
    Path bundle;

    @Option(names = "--hospital-key", required = true, paramLabel = "FILE")
    Path hospitalKey;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @picocli.CommandLine.Mixin Password password;

    @Override
    public Integer call() {
      JsonNode json = readJson("--bundle", bundle);
      JsonNode content = json.has("format") && json.has("bundle") ? json.get("bundle") : json;
      if (!content.isObject()) {
        throw new BadInputException("--bundle: " + bundle + " holds no bundle object");
      }
      SigningKeyStore key = keystore(() -> SigningKeyStore.open(hospitalKey, password.read()));
      SignedBundle signed =
          bundleOption(
              () -> new BundleSigner(key.privateKey(), key.publicKey()).sign((ObjectNode) content));
      writePrivate(out, signed.toBytes());
      Map<String, Object> summary =
          summary(new vn.tiepdon.provisioning.enrolment.BundleCodec().fromJson(content));
      summary.put("file", out.toString());
      summary.put("signedBy", key.publicKey().keyId());
      Json.print(spec.commandLine().getOut(), summary);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check a bundle as the kiosk would: signed by the hospital key, valid now, for this kiosk"
            + " (and hospital, if given).",
        "Prints a summary without secrets; a refused bundle exits 2 with the reason."
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--bundle", paramLabel = "FILE", description = "The bundle file.")
    Path bundle;

    @Option(
        names = "--qr-texts",
        paramLabel = "FILE",
        description = "Or: the scanned texts of the bundle's QR codes, one per line, any order.")
    Path qrTexts;

    @Option(
        names = "--hospital-pub",
        required = true,
        paramLabel = "FILE",
        description = "The hospital's public key (keygen's FILE.pub).")
    Path hospitalPub;

    @Option(names = "--kiosk", required = true, paramLabel = "ID")
    String kiosk;

    @Option(names = "--hospital", paramLabel = "ID", description = "The kiosk's hospital.")
    String hospital;

    @Option(names = "--kiosk-pub", paramLabel = "FILE", description = "The kiosk's public key.")
    Path kioskPub;

    @Option(
        names = "--at",
        paramLabel = "INSTANT",
        description = "Check as of this time instead of now (ISO-8601, e.g. 2026-12-01T08:00:00Z).")
    String at;

    @Override
    public Integer call() {
      Ed25519PublicKey hospitalKey =
          option(
              "--hospital-pub",
              () -> Ed25519PublicKey.parse(readText("--hospital-pub", hospitalPub)));
      Optional<Ed25519PublicKey> kioskKey =
          Optional.ofNullable(kioskPub)
              .map(
                  file ->
                      option(
                          "--kiosk-pub",
                          () -> Ed25519PublicKey.parse(readText("--kiosk-pub", file))));
      Instant when = at == null ? Instant.now() : instant("--at", at);
      BundleVerifier verifier =
          new BundleVerifier(
              hospitalKey,
              option("--kiosk", () -> new KioskId(kiosk)),
              kioskKey,
              Optional.ofNullable(hospital).map(h -> option("--hospital", () -> new SiteId(h))),
              Clock.fixed(when, java.time.ZoneOffset.UTC));
      if ((bundle == null) == (qrTexts == null)) {
        throw new BadInputException("give either --bundle FILE or --qr-texts FILE");
      }
      byte[] file = bundle != null ? readBytes("--bundle", bundle) : joinQrTexts(qrTexts);
      EnrolmentBundle verified = bundleOption(() -> verifier.verify(file));
      Map<String, Object> summary = summary(verified);
      summary.put("valid", true);
      summary.put("signedBy", hospitalKey.keyId());
      Json.print(spec.commandLine().getOut(), summary);
      return ExitCodes.OK;
    }
  }

  private static byte[] joinQrTexts(Path file) {
    BundleQrAssembler assembler = new BundleQrAssembler();
    List<String> lines = readText("--qr-texts", file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        assembler.add(lines.get(i));
      } catch (BundleRejectedException e) {
        throw new BadInputException("--qr-texts line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (!assembler.progress().complete()) {
      throw new BadInputException(
          "--qr-texts: "
              + (assembler.progress().total() == 0
                  ? "no bundle QR codes in " + file
                  : "QR codes missing: "
                      + assembler.missing()
                      + " of "
                      + assembler.progress().total()));
    }
    return bundleOption(assembler::bundleFile);
  }

  /** What people may see of a bundle: everything but the MQTT password. */
  static Map<String, Object> summary(EnrolmentBundle bundle) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hospital", bundle.hospital().value());
    out.put("kiosk", bundle.kiosk().value());
    out.put("kioskKeyId", bundle.kioskKey().map(Ed25519PublicKey::keyId).orElse(null));
    out.put("issuedAt", bundle.issuedAt().toString());
    out.put("expiresAt", bundle.expiresAt().toString());
    out.put("broker", bundle.broker().url().toString());
    out.put("mqttUser", bundle.broker().username());
    out.put("brokerCa", bundle.broker().caCertificatePem().isPresent());
    out.put("cscaCertificates", bundle.cscaCertificates().size());
    out.put("bankBin", bundle.bank().bin());
    out.put("bankAccount", bundle.bank().account());
    out.put("his", bundle.hisEndpoint().toString());
    out.put(
        "operatorKeys",
        bundle.operatorKeys().stream()
            .map(k -> Map.of("name", k.name(), "keyId", k.publicKey().keyId()))
            .toList());
    return out;
  }

  static Path publicKeyFile(Path keystore) {
    return keystore.resolveSibling(keystore.getFileName() + ".pub");
  }

  private static int writeQrCodes(Path folder, byte[] file) {
    List<String> chunks = BundleQrCodes.split(file, BundleQrCodes.DEFAULT_CHUNK);
    QrRenderer renderer = new QrRenderer();
    for (int i = 0; i < chunks.size(); i++) {
      writeBytes(
          folder.resolve(String.format("bundle-%03d-of-%03d.png", i + 1, chunks.size())),
          renderer.png(chunks.get(i), 800));
    }
    return chunks.size();
  }

  private static ObjectNode site(Path file) {
    JsonNode json;
    try {
      json = new YAMLMapper().readTree(readText("--site-config", file));
    } catch (IOException e) {
      throw new BadInputException(
          "--site-config: " + file + " is not YAML or JSON: " + firstLine(e), e);
    }
    if (json == null || !json.isObject()) {
      throw new BadInputException("--site-config: " + file + " must hold an object (key: value)");
    }
    return (ObjectNode) json;
  }

  private static JsonNode readJson(String option, Path file) {
    try {
      return new ObjectMapper().readTree(readBytes(option, file));
    } catch (IOException e) {
      throw new BadInputException(option + ": " + file + " is not JSON: " + firstLine(e), e);
    }
  }

  private static String firstLine(Exception e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }

  static String readText(String option, Path file) {
    return new String(readBytes(option, file), StandardCharsets.UTF_8);
  }

  static byte[] readBytes(String option, Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(option + ": " + file + " does not exist", e);
    } catch (IOException e) {
      throw new BadInputException(option + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writeText(Path file, String text) {
    writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeBytes(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writePrivate(Path file, byte[] bytes) {
    try {
      OwnerOnlyFiles.replace(file, out -> out.write(bytes));
    } catch (IOException e) {
      throw new BadInputException("--out: cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static SigningKeyStore keystore(Supplier<SigningKeyStore> open) {
    try {
      return open.get();
    } catch (KeyStoreException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }

  static <T> T bundleOption(Supplier<T> action) {
    try {
      return action.get();
    } catch (BundleRejectedException e) {
      throw new BadInputException("bundle refused (" + e.reason() + "): " + e.getMessage(), e);
    }
  }

  private static <T> T option(String option, Supplier<T> action) {
    try {
      return action.get();
    } catch (BadInputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + e.getMessage(), e);
    }
  }

  private static URI uri(String option, String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new BadInputException(option + ": not a URL: " + e.getMessage(), e);
    }
  }

  private static Duration duration(String option, String text) {
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative() || duration.isZero()) {
        throw new BadInputException(option + " must be positive, was " + text);
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          option + " must be an ISO-8601 duration such as P30D, was '" + text + "'", e);
    }
  }

  private static Instant instant(String option, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          option + " must be an ISO-8601 instant such as 2026-12-01T08:00:00Z, was '" + text + "'",
          e);
    }
  }
}
