package vn.tiepdon.provisioning.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import vn.tiepdon.provisioning.enrolment.BundleInstaller;
import vn.tiepdon.provisioning.enrolment.BundleRejectedException;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.enrolment.PemCertificates;

/**
 * The handlers for every {@link CommandType}, on top of the small ports the kiosk implements. They
 * check arguments, bound what goes back over MQTT, and mask ID numbers in logs.
 */
public final class StandardHandlers {
  public static final int MAX_LOG_LINES = 500;
  public static final int DEFAULT_LOG_LINES = 200;
  public static final int MAX_LOG_LINE_CHARS = 500;
  public static final int MAX_LOG_BYTES = 64 * 1024;
  public static final int MAX_SCREENSHOT_BYTES = 384 * 1024;
  public static final int MAX_MESSAGE_CHARS = 200;
  public static final Duration DEFAULT_MESSAGE_DURATION = Duration.ofMinutes(30);
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StandardHandlers() {}

  /** All eight command types, on the kiosk's ports. */
  public static CommandHandlers all(
      KioskControl control,
      LogTail logs,
      ScreenCapture screen,
      CscaTrustList csca,
      BundleInstaller bundles) {
    return CommandHandlers.builder()
        .on(CommandType.RESTART, restart(control))
        .on(CommandType.MAINTENANCE_ON, maintenance(control, true))
        .on(CommandType.MAINTENANCE_OFF, maintenance(control, false))
        .on(CommandType.SHOW_MESSAGE, showMessage(control))
        .on(CommandType.SEND_LOGS, sendLogs(logs))
        .on(CommandType.SCREENSHOT, screenshot(screen))
        .on(CommandType.UPDATE_CSCA_LIST, updateCscaList(csca))
        .on(CommandType.REPLACE_CONFIG_BUNDLE, replaceBundle(bundles))
        .build();
  }

  public static CommandHandler restart(KioskControl control) {
    return command -> {
      control.restart();
      return CommandOutcome.done("restarting");
    };
  }

  public static CommandHandler maintenance(KioskControl control, boolean on) {
    return command -> {
      control.maintenance(on);
      return CommandOutcome.done(on ? "maintenance on" : "maintenance off");
    };
  }

  /** args: {@code vi}, {@code en} (1-200 characters each), optional {@code minutes} (1-1440). */
  public static CommandHandler showMessage(KioskControl control) {
    return command -> {
      ObjectNode args = command.args();
      String vi = messageText(args, "vi");
      String en = messageText(args, "en");
      Duration duration = DEFAULT_MESSAGE_DURATION;
      if (args.has("minutes")) {
        JsonNode minutes = args.get("minutes");
        if (!minutes.canConvertToInt() || minutes.asInt() < 1 || minutes.asInt() > 1440) {
          throw new IllegalArgumentException(
              "minutes must be a whole number 1-1440, was " + minutes);
        }
        duration = Duration.ofMinutes(minutes.asInt());
      }
      control.showMessage(vi, en, duration);
      return CommandOutcome.done("message shown for " + duration);
    };
  }

  /**
   * args: optional {@code lines} (1-500, default 200). Result {@code
   * {"lines":[...],"truncated":b}}: ID numbers masked, each line at most 500 characters, at most 64
   * KiB in all (newest kept).
   */
  public static CommandHandler sendLogs(LogTail tail) {
    return command -> {
      ObjectNode args = command.args();
      int wanted = DEFAULT_LOG_LINES;
      if (args.has("lines")) {
        JsonNode lines = args.get("lines");
        if (!lines.canConvertToInt() || lines.asInt() < 1 || lines.asInt() > MAX_LOG_LINES) {
          throw new IllegalArgumentException(
              "lines must be a whole number 1-" + MAX_LOG_LINES + ", was " + lines);
        }
        wanted = lines.asInt();
      }
      List<String> raw = tail.lastLines(wanted);
      List<String> recent = raw.subList(Math.max(0, raw.size() - wanted), raw.size());
      Deque<String> kept = new ArrayDeque<>();
      int bytes = 0;
      boolean truncated = recent.size() < raw.size();
      for (int i = recent.size() - 1; i >= 0; i--) {
        String line = IdMasking.mask(recent.get(i));
        if (line.length() > MAX_LOG_LINE_CHARS) {
          line = line.substring(0, MAX_LOG_LINE_CHARS) + "…";
          truncated = true;
        }
        int size = line.getBytes(StandardCharsets.UTF_8).length + 1;
        if (bytes + size > MAX_LOG_BYTES) {
          truncated = true;
          break;
        }
        bytes += size;
        kept.addFirst(line);
      }
      ObjectNode result = MAPPER.createObjectNode();
      ArrayNode lines = result.putArray("lines");
      kept.forEach(lines::add);
      result.put("truncated", truncated);
      return CommandOutcome.done(kept.size() + " log lines", result);
    };
  }

  /** Result {@code {"png":"<base64>","bytes":n,"width":w,"height":h}}; at most 384 KiB of PNG. */
  public static CommandHandler screenshot(ScreenCapture screen) {
    return command -> {
      byte[] png = screen.png();
      if (png == null
          || png.length < 24
          || !Arrays.equals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length))) {
        return CommandOutcome.failed("the kiosk's screen capture did not return a PNG");
      }
      if (png.length > MAX_SCREENSHOT_BYTES) {
        return CommandOutcome.failed(
            "screenshot is " + png.length + " bytes, more than " + MAX_SCREENSHOT_BYTES);
      }
      ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
      ObjectNode result = MAPPER.createObjectNode();
      result.put("png", Base64.getEncoder().encodeToString(png));
      result.put("bytes", png.length);
      result.put("width", header.getInt());
      result.put("height", header.getInt());
      return CommandOutcome.done("screenshot " + png.length + " bytes", result);
    };
  }

  /** args: {@code certificates}, a non-empty list of PEM texts (each may hold several). */
  public static CommandHandler updateCscaList(CscaTrustList csca) {
    return command -> {
      JsonNode list = command.args().get("certificates");
      if (list == null || !list.isArray() || list.isEmpty()) {
        throw new IllegalArgumentException("certificates must be a non-empty list of PEM texts");
      }
      List<X509Certificate> certificates = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).isTextual()) {
          throw new IllegalArgumentException("certificates[" + i + "] must be PEM text");
        }
        try {
          certificates.addAll(PemCertificates.parse(list.get(i).asText()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("certificates[" + i + "] " + e.getMessage(), e);
        }
      }
      csca.replace(certificates);
      return CommandOutcome.done(certificates.size() + " CSCA certificates installed");
    };
  }

  /** args: {@code bundle}, the whole signed bundle file as a JSON object. */
  public static CommandHandler replaceBundle(BundleInstaller installer) {
    return command -> {
      JsonNode bundle = command.args().get("bundle");
      if (bundle == null || !bundle.isObject()) {
        throw new IllegalArgumentException("bundle must be the signed bundle file's JSON object");
      }
      try {
        EnrolmentBundle installed = installer.install(MAPPER.writeValueAsBytes(bundle));
        return CommandOutcome.done("bundle installed, valid until " + installed.expiresAt());
      } catch (BundleRejectedException e) {
        return CommandOutcome.failed("bundle refused (" + e.reason() + "): " + e.getMessage());
      }
    };
  }

  private static String messageText(ObjectNode args, String name) {
    JsonNode value = args.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(name + " is required (the message text)");
    }
    String text = value.asText().strip();
    if (text.length() > MAX_MESSAGE_CHARS) {
      throw new IllegalArgumentException(
          name + " must be at most " + MAX_MESSAGE_CHARS + " characters, was " + text.length());
    }
    return text;
  }
}
