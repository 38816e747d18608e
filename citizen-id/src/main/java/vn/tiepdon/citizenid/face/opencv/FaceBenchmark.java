package vn.tiepdon.citizenid.face.opencv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.Mat;
import vn.tiepdon.citizenid.face.FaceReference;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.Frame;

/**
 * Milliseconds per pipeline stage over many verifications (for {@code tiepdon bench face}), and the
 * process's resident memory before and after them: native memory that is not released shows as RSS
 * growth, which Java's heap figures would not reveal.
 */
public final class FaceBenchmark {
  private static final int WARM_UP = 30;
  private static final int RSS_SAMPLES = 10;

  private FaceBenchmark() {}

  /**
   * @param chipPhoto encoded reference (DG2 JPEG / JPEG 2000), decoded in every iteration
   * @param probes camera frames, used in turn
   * @param livenessEvery the liveness models run on every n-th iteration (they cost more than the
   *     verification itself)
   */
  public static Map<String, Object> run(
      FaceSettings settings,
      byte[] chipPhoto,
      List<Frame> probes,
      int iterations,
      int livenessEvery)
      throws IOException {
    if (iterations < 1 || livenessEvery < 1 || probes.isEmpty()) {
      throw new IllegalArgumentException(
          "need at least one iteration, one probe and livenessEvery >= 1");
    }
    try (OpenCvFaceVerifier verifier = OpenCvFaceVerifier.open(settings)) {
      for (int i = 0; i < Math.min(WARM_UP, iterations); i++) {
        iteration(verifier, chipPhoto, probes.get(i % probes.size()), false, null);
      }
      System.gc();
      long rssBefore = rssKb();
      Stages stages = new Stages(iterations, livenessEvery);
      long[] rssSamples = new long[RSS_SAMPLES + 1];
      rssSamples[0] = rssBefore;
      int sample = 1;
      int matches = 0;
      long cpuStart = processCpuNanos();
      long wallStart = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        boolean liveness = settings.livenessEnabled() && i % livenessEvery == 0;
        matches +=
            iteration(verifier, chipPhoto, probes.get(i % probes.size()), liveness, stages) ? 1 : 0;
        if (sample <= RSS_SAMPLES && (i + 1) >= (long) iterations * sample / RSS_SAMPLES) {
          rssSamples[sample++] = rssKb();
        }
      }
      long cpu = processCpuNanos() - cpuStart;
      long wall = System.nanoTime() - wallStart;
      System.gc();
      long rssAfter = rssKb();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("iterations", iterations);
      Frame first = probes.get(0);
      out.put("frame", first.width() + "x" + first.height());
      out.put("detectionMaxSide", settings.detectionMaxSide());
      out.put("model", verifier.model());
      out.put("matches", matches);
      out.put("msPerStage", stages.summary());
      // On a shared, loaded machine wall-clock stages include waiting for a core; CPU time does
      // not.
      out.put("wallMsPerIteration", Math.round(wall / 1e4 / iterations) / 100.0);
      out.put(
          "processCpuMsPerIteration", cpu < 0 ? null : Math.round(cpu / 1e4 / iterations) / 100.0);
      out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
      Map<String, Object> rss = new LinkedHashMap<>();
      rss.put("afterWarmUpKb", rssBefore);
      rss.put("afterRunKb", rssAfter);
      rss.put("growthKb", rssAfter - rssBefore);
      rss.put("samplesKb", Arrays.copyOf(rssSamples, sample));
      out.put("rss", rss);
      return out;
    }
  }

  private static boolean iteration(
      OpenCvFaceVerifier verifier, byte[] chipPhoto, Frame probe, boolean liveness, Stages stages)
      throws IOException {
    long t0 = System.nanoTime();
    FaceReference reference;
    Mat photo = OpenCvFaceVerifier.decode(chipPhoto);
    try {
      long t1 = System.nanoTime();
      reference = verifier.reference(photo);
      if (stages != null) {
        stages.decode[stages.n] = t1 - t0;
      }
    } finally {
      Mats.wipe(photo);
    }
    try (reference) {
      Mat bgr = Mats.bgr(probe);
      try {
        long a = System.nanoTime();
        List<Detection> faces = verifier.detect(bgr);
        long b = System.nanoTime();
        if (faces.isEmpty()) {
          throw new IllegalStateException("benchmark probe without a face");
        }
        Mat aligned = verifier.align(bgr, faces.get(0));
        long c = System.nanoTime();
        float[] template;
        try {
          template = verifier.embed(aligned);
        } finally {
          Mats.wipe(aligned);
        }
        long d = System.nanoTime();
        double score = reference.similarityTo(verifier.model(), template).orElseThrow();
        long e = System.nanoTime();
        Arrays.fill(template, 0f);
        long f = e;
        if (liveness) {
          verifier.livenessSensor().read(bgr);
          f = System.nanoTime();
        }
        if (stages != null) {
          stages.record(b - a, c - b, d - c, e - d, liveness ? f - e : -1);
        }
        return score >= verifier.threshold();
      } finally {
        Mats.wipe(bgr);
      }
    }
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : -1;
  }

  /** Resident set size of this process from /proc (Linux); -1 elsewhere. */
  public static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static final class Stages {
    final long[] decode;
    final long[] detect;
    final long[] align;
    final long[] embed;
    final long[] match;
    final long[] liveness;
    int n;
    int l;

    Stages(int iterations, int livenessEvery) {
      decode = new long[iterations];
      detect = new long[iterations];
      align = new long[iterations];
      embed = new long[iterations];
      match = new long[iterations];
      liveness = new long[(iterations + livenessEvery - 1) / livenessEvery];
    }

    void record(long det, long ali, long emb, long mat, long live) {
      detect[n] = det;
      align[n] = ali;
      embed[n] = emb;
      match[n] = mat;
      n++;
      if (live >= 0) {
        liveness[l++] = live;
      }
    }

    Map<String, Object> summary() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("decode", percentiles(decode, n));
      out.put("detect", percentiles(detect, n));
      out.put("align", percentiles(align, n));
      out.put("embed", percentiles(embed, n));
      out.put("match", percentiles(match, n));
      long[] pipeline = new long[n];
      for (int i = 0; i < n; i++) {
        pipeline[i] = detect[i] + align[i] + embed[i];
      }
      out.put("detectAlignEmbed", percentiles(pipeline, n));
      if (l > 0) {
        out.put("liveness", percentiles(liveness, l));
      }
      return out;
    }

    private static Map<String, Double> percentiles(long[] nanos, int count) {
      long[] sorted = Arrays.copyOf(nanos, count);
      Arrays.sort(sorted);
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("p50", ms(sorted[(int) Math.floor(0.50 * (count - 1))]));
      out.put("p95", ms(sorted[(int) Math.ceil(0.95 * (count - 1))]));
      out.put("samples", (double) count);
      return out;
    }

    private static double ms(long nanos) {
      return Math.round(nanos / 1e4) / 100.0;
    }
  }
}
