package vn.tiepdon.citizenid.face.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import vn.tiepdon.citizenid.face.FaceModels;
import vn.tiepdon.citizenid.face.ModelFile;

/**
 * Installs a published model into the models folder: downloads it to a temporary file beside the
 * target (hashing as it goes, refusing more bytes than the model has), checks the sha256, then
 * moves it into place atomically. A model already present with the right hash is not downloaded
 * again; one with a wrong hash is replaced. Nothing half-written is ever left under the model's
 * name.
 */
public final class ModelDownloader {
  /** How an installation ended. */
  public enum Status {
    INSTALLED,
    ALREADY_PRESENT
  }

  /** One installed model. */
  public record Installed(String file, Status status, long bytes, String sha256) {}

  private final HttpClient client;
  private final Duration timeout;

  public ModelDownloader(Duration timeout) {
    this(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(timeout)
            .build(),
        timeout);
  }

  public ModelDownloader(HttpClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  public Installed install(ModelSource source, Path folder) throws ModelDownloadException {
    ModelFile model = source.file();
    Path target = folder.resolve(model.fileName());
    try {
      Files.createDirectories(folder);
      if (Files.isRegularFile(target) && Files.size(target) == model.bytes()) {
        byte[] present = Files.readAllBytes(target);
        if (FaceModels.sha256(present).equals(model.sha256())) {
          return new Installed(
              model.fileName(), Status.ALREADY_PRESENT, present.length, model.sha256());
        }
      }
    } catch (IOException e) {
      throw new ModelDownloadException(
          ModelDownloadException.Reason.LOCAL_FILE,
          model.fileName() + ": cannot use the models folder " + folder + ": " + e,
          e);
    }
    Path part = null;
    try {
      part = Files.createTempFile(folder, "." + model.fileName() + ".", ".part");
      long bytes = download(source, part);
      String actual = sha256Of(part);
      if (!actual.equals(model.sha256())) {
        byte[] head = head(part);
        throw new ModelDownloadException(
            FaceModels.looksLikeHtml(head)
                ? ModelDownloadException.Reason.HTML_PAGE
                : ModelDownloadException.Reason.CHECKSUM,
            model.fileName()
                + " from "
                + source.uri()
                + ": sha256 expected "
                + model.sha256()
                + ", actual "
                + actual
                + " ("
                + bytes
                + " bytes, expected "
                + model.bytes()
                + (FaceModels.looksLikeHtml(head) ? "; the server sent an HTML page" : "")
                + "); nothing installed");
      }
      move(part, target);
      return new Installed(model.fileName(), Status.INSTALLED, bytes, actual);
    } catch (IOException e) {
      throw new ModelDownloadException(
          ModelDownloadException.Reason.LOCAL_FILE,
          model.fileName() + ": cannot write into " + folder + ": " + e,
          e);
    } finally {
      if (part != null) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException ignored) {
          // The temporary file has a dot name and a .part suffix; a later run overwrites nothing.
        }
      }
    }
  }

  private long download(ModelSource source, Path part) throws ModelDownloadException, IOException {
    ModelFile model = source.file();
    HttpRequest request = HttpRequest.newBuilder(source.uri()).timeout(timeout).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new ModelDownloadException(
          ModelDownloadException.Reason.NETWORK,
          model.fileName() + ": cannot download " + source.uri() + ": " + describe(e),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelDownloadException(
          ModelDownloadException.Reason.NETWORK,
          model.fileName() + ": download of " + source.uri() + " interrupted",
          e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new ModelDownloadException(
            ModelDownloadException.Reason.HTTP_STATUS,
            model.fileName()
                + ": "
                + source.uri()
                + " answered HTTP "
                + response.statusCode()
                + "; nothing installed");
      }
      String type =
          response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      if (type.startsWith("text/html")) {
        throw new ModelDownloadException(
            ModelDownloadException.Reason.HTML_PAGE,
            model.fileName()
                + ": "
                + source.uri()
                + " sent an HTML page ("
                + type
                + "), not the model; nothing installed");
      }
      long limit = model.bytes();
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(part)) {
        int n;
        while ((n = body.read(buffer)) > 0) {
          total += n;
          if (total > limit) {
            throw new ModelDownloadException(
                ModelDownloadException.Reason.TOO_LARGE,
                model.fileName()
                    + ": "
                    + source.uri()
                    + " sent more than the model's "
                    + limit
                    + " bytes; nothing installed");
          }
          out.write(buffer, 0, n);
        }
      } catch (IOException e) {
        if (Files.exists(part) && total > 0 && !(e instanceof java.nio.file.FileSystemException)) {
          throw new ModelDownloadException(
              ModelDownloadException.Reason.NETWORK,
              model.fileName()
                  + ": download of "
                  + source.uri()
                  + " broke off after "
                  + total
                  + " bytes: "
                  + describe(e),
              e);
        }
        throw e;
      }
      return total;
    }
  }

  private static void move(Path part, Path target) throws IOException {
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String sha256Of(Path file) throws IOException {
    MessageDigest digest = FaceModels.digest();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(512);
      return Arrays.copyOf(head, head.length);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.net.ConnectException) {
      return "connection refused or unreachable" + (message == null ? "" : " (" + message + ")");
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out";
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
