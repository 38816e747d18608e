package vn.tiepdon.ui.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.citizenid.face.EmbedderModel;
import vn.tiepdon.citizenid.face.FaceMatch;
import vn.tiepdon.citizenid.face.FaceModelException;
import vn.tiepdon.citizenid.face.FaceModels;
import vn.tiepdon.citizenid.face.FaceQuality;
import vn.tiepdon.citizenid.face.FaceReference;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.ScoreEvaluation;
import vn.tiepdon.citizenid.face.opencv.OpenCvFaceVerifier;

@Command(
    name = "face",
    mixinStandardHelpOptions = true,
    description = "Face verification tools.",
    subcommands = {FaceCommand.Verify.class, FaceCommand.Eval.class})
final class FaceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Where the models are and which recogniser to use: shared by face and bench face. */
  static final class ModelOptions {
    @Option(
        names = "--models",
        paramLabel = "DIR",
        description =
            "Models folder (default: $TIEPDON_MODELS, else ../shared/models beside the installation).")
    Path models;

    @Option(
        names = "--embedder",
        paramLabel = "MODEL",
        description =
            "SFACE or MOBILEFACENET (default: SFACE when its file is in the models folder,"
                + " else MOBILEFACENET, the development model).")
    EmbedderModel embedder;

    @Option(
        names = "--threshold",
        paramLabel = "COSINE",
        description = "Decision threshold (default: the recogniser's own).")
    Double threshold;

    Path folder() {
      return models != null ? models : FaceModels.defaultFolder(System.getenv(), Home.path());
    }

    FaceSettings settings() {
      Path folder = folder();
      if (!Files.isDirectory(folder)) {
        throw new BadInputException(
            "face models folder "
                + folder
                + " does not exist (set --models or TIEPDON_MODELS, or run 'tiepdon models fetch')");
      }
      EmbedderModel model = embedder;
      if (model == null) {
        model =
            FaceModels.in(folder).present(EmbedderModel.SFACE.file())
                ? EmbedderModel.SFACE
                : EmbedderModel.MOBILEFACENET;
      }
      FaceSettings settings = FaceSettings.of(folder, model).withoutLiveness();
      if (threshold != null) {
        try {
          settings = settings.withThreshold(threshold);
        } catch (IllegalArgumentException e) {
          throw new BadInputException("--threshold: " + e.getMessage(), e);
        }
      }
      return settings;
    }

    OpenCvFaceVerifier open() {
      return open(settings());
    }

    static OpenCvFaceVerifier open(FaceSettings settings) {
      try {
        return OpenCvFaceVerifier.open(settings);
      } catch (FaceModelException e) {
        throw new BadInputException(e.getMessage(), e);
      }
    }
  }

  /** Reads an image file into a frame; a missing or unreadable file is bad input. */
  static Frame readImage(String what, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(what + ": no such file: " + file);
    }
    try {
      return Frame.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new BadInputException(
          what + ": " + file + " is no readable image (JPEG, JPEG 2000 or PNG): " + e.getMessage(),
          e);
    }
  }

  static Map<String, Object> quality(FaceQuality q) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("faces", q.faces());
    out.put("acceptable", q.acceptable());
    out.put("hints", q.hints());
    q.box()
        .ifPresent(
            box -> {
              Map<String, Object> b = new LinkedHashMap<>();
              b.put("x", round(box.x(), 1));
              b.put("y", round(box.y(), 1));
              b.put("width", round(box.width(), 1));
              b.put("height", round(box.height(), 1));
              b.put("score", round(box.score(), 3));
              out.put("box", b);
              out.put("faceWidthPx", round(q.faceWidthPx(), 1));
              out.put("yaw", round(q.yaw(), 3));
              out.put("rollDegrees", round(q.rollDegrees(), 1));
              out.put("sharpness", round(q.sharpness(), 1));
              out.put("brightness", round(q.brightness(), 1));
            });
    return out;
  }

  static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  static Double round(OptionalDouble value, int digits) {
    return value.isPresent() ? round(value.getAsDouble(), digits) : null;
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "1:1 verification of two images: the reference (e.g. the chip photo, JPEG or JPEG 2000)"
            + " and the probe (a camera frame).",
        "Prints JSON: score, threshold, decision (MATCH, NO_MATCH, NO_FACE, POOR_QUALITY),"
            + " quality of both images, model, ms. Missing files or models: exit 2."
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--reference",
        paramLabel = "FILE",
        required = true,
        description = "Reference image.")
    Path reference;

    @Option(names = "--probe", paramLabel = "FILE", required = true, description = "Probe image.")
    Path probe;

    @Mixin ModelOptions models;

    @Override
    public Integer call() {
      Frame referenceImage = readImage("--reference", reference);
      Frame probeImage;
      try {
        probeImage = readImage("--probe", probe);
      } catch (BadInputException e) {
        referenceImage.close();
        throw e;
      }
      try (OpenCvFaceVerifier verifier = models.open();
          Frame ref = referenceImage;
          Frame live = probeImage) {
        long start = System.nanoTime();
        FaceMatch match;
        try (FaceReference template = verifier.reference(ref)) {
          match = verifier.verify(template, live);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("score", round(match.score(), 4));
        out.put("threshold", match.threshold());
        out.put("decision", match.decision());
        out.put("model", verifier.model());
        out.put("quality", quality(match.quality()));
        out.put("referenceQuality", quality(match.referenceQuality()));
        out.put("ms", round(ms, 1));
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK;
      }
    }
  }

  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = {
        "Evaluate verification over a list of pairs: each line 'imageA imageB same|diff', paths"
            + " relative to the file; blank lines and lines starting with # are skipped.",
        "Prints JSON: genuine, impostor, eer, thresholdAtEer, fnmrAtFmr1e2, fnmrAtFmr1e3 (null"
            + " when there are too few impostor pairs), score percentiles per class, errors at the"
            + " configured threshold, msPerPair."
      })
  static final class Eval implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--pairs", paramLabel = "FILE", required = true, description = "Pairs file.")
    Path pairs;

    @Mixin ModelOptions models;

    record Pair(Path a, Path b, boolean same) {}

    @Override
    public Integer call() {
      List<Pair> list = readPairs(pairs);
      Map<Path, Optional<FaceReference>> templates = new HashMap<>();
      List<Double> genuine = new ArrayList<>();
      List<Double> impostor = new ArrayList<>();
      List<String> withoutFace = new ArrayList<>();
      double threshold;
      EmbedderModel model;
      long start;
      long end;
      try (OpenCvFaceVerifier verifier = models.open()) {
        threshold = verifier.threshold();
        model = verifier.model();
        start = System.nanoTime();
        for (Pair pair : list) {
          Optional<FaceReference> a =
              templates.computeIfAbsent(pair.a(), p -> template(verifier, p));
          Optional<FaceReference> b =
              templates.computeIfAbsent(pair.b(), p -> template(verifier, p));
          if (a.isEmpty() || b.isEmpty()) {
            withoutFace.add(
                pairs
                    .toAbsolutePath()
                    .getParent()
                    .relativize(a.isEmpty() ? pair.a() : pair.b())
                    .toString());
            continue;
          }
          double score = a.get().similarityTo(b.get()).orElseThrow();
          (pair.same() ? genuine : impostor).add(score);
        }
        end = System.nanoTime();
      } finally {
        templates.values().forEach(t -> t.ifPresent(FaceReference::close));
      }
      if (genuine.isEmpty() || impostor.isEmpty()) {
        throw new BadInputException(
            pairs
                + ": needs at least one 'same' and one 'diff' pair with faces, got "
                + genuine.size()
                + " and "
                + impostor.size());
      }
      double[] g = genuine.stream().mapToDouble(Double::doubleValue).toArray();
      double[] i = impostor.stream().mapToDouble(Double::doubleValue).toArray();
      ScoreEvaluation e = ScoreEvaluation.of(g, i);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("model", model);
      out.put("genuine", e.genuine());
      out.put("impostor", e.impostor());
      out.put("eer", round(e.eer(), 4));
      out.put("thresholdAtEer", round(e.thresholdAtEer(), 4));
      out.put("fnmrAtFmr1e2", round(e.fnmrAtFmr1e2(), 4));
      out.put("fnmrAtFmr1e3", round(e.fnmrAtFmr1e3(), 4));
      out.put("genuineScores", rounded(e.genuinePercentiles()));
      out.put("impostorScores", rounded(e.impostorPercentiles()));
      Map<String, Object> at = new LinkedHashMap<>();
      at.put("threshold", threshold);
      at.put("falseNonMatches", genuine.stream().filter(s -> s < threshold).count());
      at.put("falseMatches", impostor.stream().filter(s -> s >= threshold).count());
      out.put("atConfiguredThreshold", at);
      out.put("pairsWithoutFace", withoutFace);
      out.put("msPerPair", round((end - start) / 1e6 / list.size(), 2));
      Json.print(spec.commandLine().getOut(), out);
      return ExitCodes.OK;
    }

    private static Map<String, Double> rounded(Map<String, Double> values) {
      Map<String, Double> out = new LinkedHashMap<>();
      values.forEach((k, v) -> out.put(k, round(v, 4)));
      return out;
    }

    private static Optional<FaceReference> template(OpenCvFaceVerifier verifier, Path file) {
      try (Frame frame = readImage("--pairs", file)) {
        return verifier.templateOf(frame);
      }
    }

    static List<Pair> readPairs(Path file) {
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("--pairs: no such file: " + file);
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadInputException("--pairs: cannot read " + file + ": " + e.getMessage(), e);
      }
      Path folder = file.toAbsolutePath().getParent();
      List<Pair> out = new ArrayList<>();
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String where = file + " line " + (n + 1);
        String[] parts = line.split("\\s+");
        if (parts.length != 3 || !(parts[2].equals("same") || parts[2].equals("diff"))) {
          throw new BadInputException(
              where + ": expected 'imageA imageB same|diff', got '" + line + "'");
        }
        Path a = folder.resolve(parts[0]).normalize();
        Path b = folder.resolve(parts[1]).normalize();
        for (Path p : List.of(a, b)) {
          if (!Files.isRegularFile(p)) {
            throw new BadInputException(where + ": no such image: " + p);
          }
        }
        out.add(new Pair(a, b, parts[2].equals("same")));
      }
      if (out.isEmpty()) {
        throw new BadInputException("--pairs: " + file + " holds no pairs");
      }
      return out;
    }
  }
}
