package vn.tiepdon.citizenid.face.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.face.FaceModels;
import vn.tiepdon.citizenid.face.ModelFile;
import vn.tiepdon.citizenid.face.SharedFiles;
import vn.tiepdon.citizenid.face.fetch.ModelDownloadException.Reason;

/** Downloads from a real local HTTP server laid out like OpenCV Zoo. */
class ModelDownloaderTest {
  private static final String YUNET_PATH =
      "/models/face_detection_yunet/face_detection_yunet_2023mar.onnx";

  @TempDir Path dir;
  private HttpServer server;
  private URI base;
  private final Map<String, Response> routes = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final ModelDownloader downloader = new ModelDownloader(Duration.ofSeconds(10));
  private byte[] yunet;

  private record Response(int status, String type, byte[] body, String location) {}

  @BeforeEach
  void serve() throws IOException {
    yunet = Files.readAllBytes(SharedFiles.models().resolve(ModelFile.YUNET.fileName()));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          Response r = routes.get(exchange.getRequestURI().getPath());
          if (r == null) {
            r = new Response(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), null);
          }
          exchange.getResponseHeaders().set("Content-Type", r.type());
          if (r.location() != null) {
            exchange.getResponseHeaders().set("Location", r.location());
          }
          exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(r.body());
          }
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void route(String path, byte[] body) {
    routes.put(path, new Response(200, "application/octet-stream", body, null));
  }

  private Path target() {
    return dir.resolve(ModelFile.YUNET.fileName());
  }

  private void assertNoPartFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void installsYuNetAndDoesNotDownloadItTwice() throws Exception {
    route(YUNET_PATH, yunet);
    ModelDownloader.Installed first = downloader.install(ModelSource.yunet(base), dir);
    assertThat(first.status()).isEqualTo(ModelDownloader.Status.INSTALLED);
    assertThat(first.bytes()).isEqualTo(232_589);
    assertThat(FaceModels.in(dir).verifiedBytes(ModelFile.YUNET)).isEqualTo(yunet);
    assertNoPartFiles();

    int before = requests.get();
    assertThat(downloader.install(ModelSource.yunet(base), dir).status())
        .isEqualTo(ModelDownloader.Status.ALREADY_PRESENT);
    assertThat(requests.get()).isEqualTo(before);
  }

  @Test
  void followsARedirectLikeGitHubsToItsLfsHost() throws Exception {
    routes.put(
        YUNET_PATH,
        new Response(
            302, "text/html", new byte[0], base.resolve("/media" + YUNET_PATH).toString()));
    route("/media" + YUNET_PATH, yunet);
    assertThat(downloader.install(ModelSource.yunet(base), dir).status())
        .isEqualTo(ModelDownloader.Status.INSTALLED);
  }

  @Test
  void anotherManifestEntryIsCheckedAgainstItsOwnHash() throws Exception {
    byte[] model = "a stand-in for the 38 MB SFace file".getBytes(StandardCharsets.UTF_8);
    ModelFile standIn =
        new ModelFile(ModelFile.SFACE.fileName(), FaceModels.sha256(model), model.length);
    route("/sface.onnx", model);
    ModelDownloader.Installed installed =
        downloader.install(new ModelSource(standIn, base.resolve("/sface.onnx")), dir);
    assertThat(installed.sha256()).isEqualTo(FaceModels.sha256(model));
    assertThat(dir.resolve(ModelFile.SFACE.fileName())).hasBinaryContent(model);
  }

  @Test
  void theProductionManifestPointsAtOpenCvZoo() {
    assertThat(ModelSource.production(ModelSource.OPENCV_ZOO))
        .extracting(s -> s.uri().toString())
        .containsExactly(
            "https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/face_detection_yunet_2023mar.onnx",
            "https://github.com/opencv/opencv_zoo/raw/main/models/face_recognition_sface/face_recognition_sface_2021dec.onnx");
  }

  @Test
  void aWrongFileIsRefusedWithBothHashesAndNothingIsInstalled() throws Exception {
    byte[] altered = yunet.clone();
    altered[1000] ^= 1;
    route(YUNET_PATH, altered);
    assertThatThrownBy(() -> downloader.install(ModelSource.yunet(base), dir))
        .isInstanceOf(ModelDownloadException.class)
        .hasMessageContaining("face_detection_yunet_2023mar.onnx")
        .hasMessageContaining("expected " + ModelFile.YUNET.sha256())
        .hasMessageContaining("actual " + FaceModels.sha256(altered))
        .hasMessageContaining("nothing installed")
        .satisfies(
            e -> assertThat(((ModelDownloadException) e).reason()).isEqualTo(Reason.CHECKSUM));
    assertThat(target()).doesNotExist();
    assertNoPartFiles();
  }

  @Test
  void anHtmlErrorPageIsNamedAsSuch() throws Exception {
    byte[] page =
        "<!DOCTYPE html><html><head><title>Sign in</title></head></html>"
            .getBytes(StandardCharsets.UTF_8);
    routes.put(YUNET_PATH, new Response(200, "text/html; charset=utf-8", page, null));
    assertThatThrownBy(() -> downloader.install(ModelSource.yunet(base), dir))
        .hasMessageContaining("sent an HTML page")
        .satisfies(
            e -> assertThat(((ModelDownloadException) e).reason()).isEqualTo(Reason.HTML_PAGE));
    // The same page labelled as a binary is still recognised after the hash check.
    route(YUNET_PATH, page);
    assertThatThrownBy(() -> downloader.install(ModelSource.yunet(base), dir))
        .hasMessageContaining("the server sent an HTML page")
        .satisfies(
            e -> assertThat(((ModelDownloadException) e).reason()).isEqualTo(Reason.HTML_PAGE));
    assertThat(target()).doesNotExist();
  }

  @Test
  void anHttpErrorIsNamedWithItsStatus() {
    assertThatThrownBy(() -> downloader.install(ModelSource.sface(base), dir))
        .hasMessageContaining("face_recognition_sface_2021dec.onnx")
        .hasMessageContaining("answered HTTP 404")
        .satisfies(
            e -> assertThat(((ModelDownloadException) e).reason()).isEqualTo(Reason.HTTP_STATUS));
  }

  @Test
  void moreBytesThanTheModelHasAreCutOff() throws Exception {
    route(YUNET_PATH, Arrays.copyOf(yunet, yunet.length + 10));
    assertThatThrownBy(() -> downloader.install(ModelSource.yunet(base), dir))
        .hasMessageContaining("more than the model's 232589 bytes")
        .satisfies(
            e -> assertThat(((ModelDownloadException) e).reason()).isEqualTo(Reason.TOO_LARGE));
    assertNoPartFiles();
  }

  @Test
  void anUnreachableServerIsANetworkError() {
    server.stop(0);
    assertThatThrownBy(() -> downloader.install(ModelSource.yunet(base), dir))
        .hasMessageContaining("cannot download " + base.resolve(YUNET_PATH.substring(1)))
        .satisfies(
            e -> assertThat(((ModelDownloadException) e).reason()).isEqualTo(Reason.NETWORK));
  }

  @Test
  void aDamagedInstalledModelIsReplacedButAFailedDownloadLeavesItAlone() throws Exception {
    byte[] damaged = Arrays.copyOf(yunet, 100);
    Files.write(target(), damaged);
    assertThatThrownBy(() -> downloader.install(ModelSource.yunet(base), dir))
        .hasMessageContaining("HTTP 404");
    assertThat(target()).hasBinaryContent(damaged);
    route(YUNET_PATH, yunet);
    assertThat(downloader.install(ModelSource.yunet(base), dir).status())
        .isEqualTo(ModelDownloader.Status.INSTALLED);
    assertThat(target()).hasBinaryContent(yunet);
  }
}
