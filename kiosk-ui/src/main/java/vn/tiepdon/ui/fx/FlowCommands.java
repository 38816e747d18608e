package vn.tiepdon.ui.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.ui.flow.CheckInFlow;

/**
 * Runs the patient's taps against the flow off the JavaFX thread, one at a time and in order, so
 * that registering or printing never freezes the screen.
 */
public final class FlowCommands implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FlowCommands.class);

  private final CheckInFlow flow;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(DaemonThreads.named("check-in-flow"));

  public FlowCommands(CheckInFlow flow) {
    this.flow = flow;
  }

  /** A command on the flow, such as {@code CheckInFlow::agree}. */
  public interface Command {
    void run(CheckInFlow flow);
  }

  public void send(Command command) {
    executor.execute(
        () -> {
          try {
            command.run(flow);
          } catch (RuntimeException e) {
            log.error("check-in command failed", e);
          }
        });
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
