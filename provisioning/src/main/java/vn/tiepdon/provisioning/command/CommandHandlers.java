package vn.tiepdon.provisioning.command;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which handler runs which command type; a type without one is answered REJECTED_UNSUPPORTED. */
public final class CommandHandlers {
  private final Map<CommandType, CommandHandler> byType;

  private CommandHandlers(Map<CommandType, CommandHandler> byType) {
    this.byType = Map.copyOf(byType);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<CommandHandler> find(CommandType type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** Collects handlers; one per type. */
  public static final class Builder {
    private final Map<CommandType, CommandHandler> byType = new EnumMap<>(CommandType.class);

    public Builder on(CommandType type, CommandHandler handler) {
      if (type == null || handler == null) {
        throw new IllegalArgumentException("type and handler are required");
      }
      if (byType.putIfAbsent(type, handler) != null) {
        throw new IllegalArgumentException("a handler for " + type + " is already registered");
      }
      return this;
    }

    public CommandHandlers build() {
      return new CommandHandlers(byType);
    }
  }
}
