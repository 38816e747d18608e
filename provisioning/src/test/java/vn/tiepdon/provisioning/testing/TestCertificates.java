package vn.tiepdon.provisioning.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real X.509 material made with the JDK's keytool: a self-signed server key and its PEM cert. */
public final class TestCertificates {
  public static final String PASSWORD = "changeit";

  /** A JKS keystore with one key for {@code localhost}/127.0.0.1 and its certificate as PEM. */
  public record ServerKey(Path keystore, Path certificatePem) {}

  private TestCertificates() {}

  public static ServerKey selfSigned(Path folder, String name) throws Exception {
    Path keystore = folder.resolve(name + ".jks");
    Path pem = folder.resolve(name + ".pem");
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost, O=TiepDon test " + name,
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-validity",
        "2",
        "-keystore",
        keystore.toString(),
        "-storetype",
        "JKS",
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        name,
        "-keystore",
        keystore.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        pem.toString());
    return new ServerKey(keystore, pem);
  }

  private static void keytool(String... args) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + command + "\n" + output);
    }
  }
}
