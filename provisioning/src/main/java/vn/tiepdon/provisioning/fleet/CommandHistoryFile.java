package vn.tiepdon.provisioning.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * Command history in a JSON-lines file, one record a line, appended and flushed to disk per record:
 * an operator desk's audit trail that survives a restart and can be read with {@code jq}. A line
 * that cannot be read (e.g. a torn last line after a power cut) is skipped, not fatal.
 */
public final class CommandHistoryFile implements CommandHistory {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public CommandHistoryFile(Path file) {
    this.file = file;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("command history folder for " + file, e);
    }
  }

  @Override
  public synchronized void record(CommandRecord record) {
    ObjectNode line = JSON.createObjectNode();
    line.put("at", record.at().toString());
    line.put("id", record.id().value());
    line.put("site", record.kiosk().site().value());
    line.put("kiosk", record.kiosk().kiosk().value());
    line.put("type", record.type().name());
    line.put("status", record.status());
    line.put("detail", record.detail());
    line.put("operatorKeyId", record.operatorKeyId());
    try {
      Files.writeString(
          file,
          JSON.writeValueAsString(line) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write command history " + file, e);
    }
  }

  @Override
  public synchronized List<CommandRecord> latest(int limit) {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<CommandRecord> records = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        read(line).ifPresent(records::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read command history " + file, e);
    }
    Collections.reverse(records);
    return List.copyOf(records.subList(0, Math.min(limit, records.size())));
  }

  private static java.util.Optional<CommandRecord> read(String line) {
    if (line.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      JsonNode json = JSON.readTree(line);
      return java.util.Optional.of(
          new CommandRecord(
              Instant.parse(json.get("at").asText()),
              new CommandId(json.get("id").asText()),
              KioskRef.of(json.get("site").asText(), json.get("kiosk").asText()),
              CommandType.valueOf(json.get("type").asText()),
              json.get("status").asText(),
              json.path("detail").asText(""),
              json.path("operatorKeyId").asText("")));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
