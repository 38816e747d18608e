package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.citizenid.face.FaceModels;

/** tiepdon face verify|eval on the shared photographs and models (real OpenCV). */
class FaceCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path MODELS =
      FaceModels.defaultFolder(System.getenv(), Path.of("..").toAbsolutePath().normalize());
  static final Path FACES = Path.of(System.getProperty("tiepdon.faces", "../../shared/faces"));
  private static final Path PAIRS = Path.of("../citizen-id/src/test/resources/face/pairs.txt");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int verify(Path reference, Path probe) {
    return run(
        "face",
        "verify",
        "--reference",
        reference.toString(),
        "--probe",
        probe.toString(),
        "--models",
        MODELS.toString());
  }

  private JsonNode json() throws Exception {
    return JSON.readTree(out.toString());
  }

  @Test
  void theChipPhotoMatchesThePhotograph() throws Exception {
    int status = verify(FACES.resolve("dg2/hopper_x50.jp2"), FACES.resolve("grace_hopper.jpg"));

    assertThat(status).as(err.toString()).isZero();
    JsonNode json = json();
    assertThat(json.get("decision").asText()).isEqualTo("MATCH");
    assertThat(json.get("score").asDouble()).isGreaterThan(0.8);
    assertThat(json.get("threshold").asDouble()).isEqualTo(0.40);
    assertThat(json.get("model").asText()).isEqualTo("MOBILEFACENET");
    assertThat(json.at("/quality/faces").asInt()).isEqualTo(1);
    assertThat(json.at("/quality/hints")).isEmpty();
    assertThat(json.at("/quality/box/width").asDouble()).isGreaterThan(100);
    assertThat(json.at("/referenceQuality/faces").asInt()).isEqualTo(1);
    assertThat(json.get("ms").asDouble()).isPositive();
  }

  @Test
  void anotherPersonIsNoMatch() throws Exception {
    assertThat(verify(FACES.resolve("dg2/astronaut_x50.j2k"), FACES.resolve("franck_02045.jpg")))
        .isZero();
    assertThat(json().get("decision").asText()).isEqualTo("NO_MATCH");
    assertThat(json().get("score").asDouble()).isLessThan(0.4);
  }

  @Test
  void anEmptyProbeIsNoFaceWithANullScore() throws Exception {
    Path empty = write("empty.png", plain(640, 480));
    assertThat(verify(FACES.resolve("dg2/hopper_x50.jp2"), empty)).isZero();
    assertThat(json().get("decision").asText()).isEqualTo("NO_FACE");
    assertThat(json().get("score").isNull()).isTrue();
    assertThat(json().at("/quality/hints/0").asText()).isEqualTo("NO_FACE");
  }

  @Test
  void aFaceTooFarAwayIsPoorQualityWithAHint() throws Exception {
    BufferedImage photo = ImageIO.read(FACES.resolve("franck_02045.jpg").toFile());
    BufferedImage small = new BufferedImage(180, 144, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    g.drawImage(photo, 0, 0, 180, 144, null);
    g.dispose();
    assertThat(verify(FACES.resolve("dg2/franck_01829_x50.jp2"), write("far.png", small))).isZero();
    assertThat(json().get("decision").asText()).isEqualTo("POOR_QUALITY");
    assertThat(json().at("/quality/hints").toString()).contains("MOVE_CLOSER");
  }

  @Test
  void aMissingImageIsBadInputNamingIt() {
    assertThat(verify(dir.resolve("nope.jpg"), FACES.resolve("grace_hopper.jpg"))).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("tiepdon: --reference: no such file: " + dir.resolve("nope.jpg"));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aFileThatIsNoImageIsBadInput() throws Exception {
    Path text = Files.writeString(dir.resolve("probe.jpg"), "hello");
    assertThat(verify(FACES.resolve("grace_hopper.jpg"), text)).isEqualTo(2);
    assertThat(err.toString()).contains("--probe: " + text + " is no readable image");
  }

  @Test
  void missingOrWrongModelsAreBadInputNamingTheFile() throws Exception {
    int status =
        run(
            "face",
            "verify",
            "--reference",
            FACES.resolve("grace_hopper.jpg").toString(),
            "--probe",
            FACES.resolve("grace_hopper.jpg").toString(),
            "--models",
            dir.toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains("face_detection_yunet_2023mar.onnx not found in " + dir)
        .contains("tiepdon models fetch");

    err.getBuffer().setLength(0);
    Files.writeString(
        dir.resolve("face_detection_yunet_2023mar.onnx"), "<html><body>404</body></html>");
    status =
        run(
            "face",
            "verify",
            "--reference",
            FACES.resolve("grace_hopper.jpg").toString(),
            "--probe",
            FACES.resolve("grace_hopper.jpg").toString(),
            "--models",
            dir.toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains("is not the expected file: sha256 expected 8f2383e4")
        .contains("HTML page");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void theThresholdCanBeSetAndIsChecked() throws Exception {
    String[] args = {
      "face",
      "verify",
      "--reference",
      FACES.resolve("dg2/hopper_x50.jp2").toString(),
      "--probe",
      FACES.resolve("grace_hopper.jpg").toString(),
      "--models",
      MODELS.toString(),
      "--threshold",
      "0.99"
    };
    assertThat(run(args)).isZero();
    assertThat(json().get("threshold").asDouble()).isEqualTo(0.99);
    assertThat(json().get("decision").asText()).isEqualTo("NO_MATCH");

    args[args.length - 1] = "2";
    assertThat(run(args)).isEqualTo(2);
    assertThat(err.toString())
        .contains("--threshold: face.threshold must be a cosine between -1 and 1, was 2.0");
  }

  @Test
  void sfaceAskedForButNotInstalledIsBadInputNamingTheFile() {
    assertThat(
            run(
                "face",
                "verify",
                "--reference",
                FACES.resolve("grace_hopper.jpg").toString(),
                "--probe",
                FACES.resolve("grace_hopper.jpg").toString(),
                "--models",
                MODELS.toString(),
                "--embedder",
                "SFACE"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("face_recognition_sface_2021dec.onnx not found");
  }

  @Test
  void aMissingModelsFolderIsBadInput() {
    assertThat(
            run(
                "face",
                "verify",
                "--reference",
                FACES.resolve("grace_hopper.jpg").toString(),
                "--probe",
                FACES.resolve("grace_hopper.jpg").toString(),
                "--models",
                dir.resolve("none").toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("face models folder " + dir.resolve("none") + " does not exist");
  }

  @Test
  void evalOverTheSharedPairsSeparatesThePeople() throws Exception {
    int status = run("face", "eval", "--pairs", PAIRS.toString(), "--models", MODELS.toString());

    assertThat(status).as(err.toString()).isZero();
    JsonNode json = json();
    assertThat(json.get("genuine").asInt()).isEqualTo(87);
    assertThat(json.get("impostor").asInt()).isEqualTo(115);
    assertThat(json.get("eer").asDouble()).isZero();
    assertThat(json.get("thresholdAtEer").asDouble()).isBetween(0.2, 0.6);
    assertThat(json.get("fnmrAtFmr1e2").asDouble()).isZero();
    assertThat(json.get("fnmrAtFmr1e3").isNull()).as("115 impostor pairs are too few").isTrue();
    assertThat(json.at("/genuineScores/min").asDouble())
        .isGreaterThan(json.at("/impostorScores/max").asDouble());
    assertThat(json.at("/genuineScores/p50").asDouble()).isGreaterThan(0.6);
    assertThat(json.at("/atConfiguredThreshold/falseMatches").asInt()).isZero();
    assertThat(json.at("/atConfiguredThreshold/falseNonMatches").asInt()).isZero();
    assertThat(json.get("pairsWithoutFace")).isEmpty();
    assertThat(json.get("msPerPair").asDouble()).isPositive();
  }

  @Test
  void aMalformedPairsLineIsBadInputWithItsLineNumber() throws Exception {
    Path pairs =
        Files.writeString(
            dir.resolve("pairs.txt"), "# comment\n\na.jpg b.jpg maybe\n", StandardCharsets.UTF_8);
    assertThat(run("face", "eval", "--pairs", pairs.toString(), "--models", MODELS.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(pairs + " line 3: expected 'imageA imageB same|diff', got 'a.jpg b.jpg maybe'");
  }

  @Test
  void aPairNamingAMissingImageIsBadInput() throws Exception {
    Files.copy(FACES.resolve("grace_hopper.jpg"), dir.resolve("a.jpg"));
    Path pairs = Files.writeString(dir.resolve("pairs.txt"), "a.jpg b.jpg same\n");
    assertThat(run("face", "eval", "--pairs", pairs.toString(), "--models", MODELS.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("line 1: no such image: " + dir.resolve("b.jpg"));
  }

  @Test
  void onlyOneClassCannotBeEvaluated() throws Exception {
    Files.copy(FACES.resolve("grace_hopper.jpg"), dir.resolve("a.jpg"));
    Files.copy(FACES.resolve("grace_hopper_512x512.jpg"), dir.resolve("b.jpg"));
    Path pairs = Files.writeString(dir.resolve("pairs.txt"), "a.jpg b.jpg same\n");
    assertThat(run("face", "eval", "--pairs", pairs.toString(), "--models", MODELS.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("needs at least one 'same' and one 'diff' pair");
  }

  private static BufferedImage plain(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }

  private Path write(String name, BufferedImage image) throws Exception {
    Path file = dir.resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
