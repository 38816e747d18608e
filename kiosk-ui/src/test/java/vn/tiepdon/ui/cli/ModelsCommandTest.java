package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** tiepdon models fetch against a local HTTP server laid out like OpenCV Zoo. */
class ModelsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String YUNET = "face_detection_yunet_2023mar.onnx";
  private static final String YUNET_PATH = "/zoo/models/face_detection_yunet/" + YUNET;
  private static final String SFACE_PATH =
      "/zoo/models/face_recognition_sface/face_recognition_sface_2021dec.onnx";

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = files.get(exchange.getRequestURI().getPath());
          int status = body == null ? 404 : 200;
          if (body == null) {
            body = "no such file".getBytes(StandardCharsets.UTF_8);
          }
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/zoo/";
    files.put(YUNET_PATH, Files.readAllBytes(FaceCommandTest.MODELS.resolve(YUNET)));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void fetchesYuNetAndReportsItsHash() throws Exception {
    int status =
        run("models", "fetch", "--dir", dir.toString(), "--base-url", base, "--model", "yunet");

    assertThat(status).as(err.toString()).isZero();
    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.get("dir").asText()).isEqualTo(dir.toString());
    assertThat(json.at("/models/0/file").asText()).isEqualTo(YUNET);
    assertThat(json.at("/models/0/status").asText()).isEqualTo("INSTALLED");
    assertThat(json.at("/models/0/sha256").asText())
        .isEqualTo("8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4");
    assertThat(dir.resolve(YUNET)).hasSize(232_589);

    out.getBuffer().setLength(0);
    assertThat(
            run("models", "fetch", "--dir", dir.toString(), "--base-url", base, "--model", "yunet"))
        .isZero();
    assertThat(JSON.readTree(out.toString()).at("/models/0/status").asText())
        .isEqualTo("ALREADY_PRESENT");
  }

  @Test
  void aWrongSFaceIsRefusedNamingTheFileAndBothHashesWhileYuNetStaysInstalled() {
    files.put(SFACE_PATH, "not really SFace".getBytes(StandardCharsets.UTF_8));

    int status = run("models", "fetch", "--dir", dir.toString(), "--base-url", base);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("tiepdon: models fetch: face_recognition_sface_2021dec.onnx from " + base)
        .contains(
            "sha256 expected 0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79")
        .contains("actual ")
        .contains("nothing installed");
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(dir.resolve(YUNET)).exists();
    assertThat(dir.resolve("face_recognition_sface_2021dec.onnx")).doesNotExist();
  }

  @Test
  void aMissingFileOnTheServerIsItsHttpStatus() {
    assertThat(
            run("models", "fetch", "--dir", dir.toString(), "--base-url", base, "--model", "sface"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("answered HTTP 404");
  }

  @Test
  void anUnreachableServerIsSaidPlainly() {
    server.stop(0);
    assertThat(
            run("models", "fetch", "--dir", dir.toString(), "--base-url", base, "--model", "yunet"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot download " + base + "models/face_detection_yunet/");
  }

  @Test
  void aBaseUrlThatIsNoHttpUrlIsBadInput() {
    assertThat(run("models", "fetch", "--dir", dir.toString(), "--base-url", "ftp://x/"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--base-url must be an http(s) URL, was ftp://x/");
  }
}
