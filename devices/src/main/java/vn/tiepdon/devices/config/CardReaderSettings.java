package vn.tiepdon.devices.config;

import java.util.List;

/** The chip reader's presence. Only {@code simulated} here; PC/SC comes with citizen-id. */
public record CardReaderSettings(String type) {
  public CardReaderSettings {
    type =
        Choices.oneOf(
            "type",
            type,
            "simulated",
            List.of("simulated"),
            "pcsc is not available in this version");
  }
}
