package vn.tiepdon.ui.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.citizenid.face.FaceModels;
import vn.tiepdon.citizenid.face.fetch.ModelDownloadException;
import vn.tiepdon.citizenid.face.fetch.ModelDownloader;
import vn.tiepdon.citizenid.face.fetch.ModelSource;

@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "Face model management.",
    subcommands = {ModelsCommand.Fetch.class})
final class ModelsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The production models by their short names. */
  enum Model {
    yunet,
    sface
  }

  @Command(
      name = "fetch",
      mixinStandardHelpOptions = true,
      description = {
        "Install the production face models (YuNet detector, SFace recogniser) from OpenCV Zoo,"
            + " each checked by sha256 and moved into place only when it is right.",
        "Prints JSON: the folder and, per model, INSTALLED or ALREADY_PRESENT with bytes and"
            + " sha256. Network failure, HTTP error, HTML page or checksum mismatch: exit 2 with"
            + " one line naming the file and what failed (models already installed stay)."
      })
  static final class Fetch implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--dir",
        paramLabel = "DIR",
        description =
            "Models folder (default: $TIEPDON_MODELS, else ../shared/models beside the installation).")
    Path dir;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description = "OpenCV Zoo or a mirror with the same layout (default: ${DEFAULT-VALUE}).",
        defaultValue = "https://github.com/opencv/opencv_zoo/raw/main/")
    String baseUrl;

    @Option(
        names = "--model",
        paramLabel = "NAME",
        split = ",",
        description = "Only these models: ${COMPLETION-CANDIDATES} (default: all).")
    List<Model> only;

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        defaultValue = "120",
        description = "Per-download timeout (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
      URI base = base();
      if (timeoutSeconds < 1) {
        throw new BadInputException("--timeout must be at least 1 second, was " + timeoutSeconds);
      }
      Path folder = dir != null ? dir : FaceModels.defaultFolder(System.getenv(), Home.path());
      List<ModelSource> sources = new ArrayList<>();
      for (Model m : only == null || only.isEmpty() ? List.of(Model.values()) : only) {
        sources.add(m == Model.yunet ? ModelSource.yunet(base) : ModelSource.sface(base));
      }
      ModelDownloader downloader = new ModelDownloader(Duration.ofSeconds(timeoutSeconds));
      List<Map<String, Object>> installed = new ArrayList<>();
      for (ModelSource source : sources) {
        ModelDownloader.Installed result;
        try {
          result = downloader.install(source, folder);
        } catch (ModelDownloadException e) {
          throw new BadInputException("models fetch: " + e.getMessage(), e);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", result.file());
        entry.put("status", result.status());
        entry.put("bytes", result.bytes());
        entry.put("sha256", result.sha256());
        entry.put("from", source.uri().toString());
        installed.add(entry);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("dir", folder.toAbsolutePath().normalize().toString());
      out.put("models", installed);
      Json.print(spec.commandLine().getOut(), out);
      return ExitCodes.OK;
    }

    private URI base() {
      try {
        URI uri = new URI(baseUrl);
        if (uri.getScheme() == null
            || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
            || uri.getHost() == null) {
          throw new BadInputException("--base-url must be an http(s) URL, was " + baseUrl);
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new BadInputException("--base-url is not a URL: " + baseUrl, e);
      }
    }
  }
}
