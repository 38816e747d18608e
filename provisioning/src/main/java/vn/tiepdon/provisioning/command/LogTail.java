package vn.tiepdon.provisioning.command;

import java.util.List;

/**
 * The kiosk's recent log lines, oldest first, with citizen IDs already masked by the kiosk's log
 * masking ({@code 079******234}). {@link StandardHandlers#sendLogs} masks again anyway: a log line
 * leaves the kiosk, so a second guard is cheap.
 */
@FunctionalInterface
public interface LogTail {
  List<String> lastLines(int max) throws Exception;
}
