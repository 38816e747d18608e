package vn.tiepdon.devices.printer;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one print job, with the printer status read before and after it. A job that
 * printed can still leave the printer near its paper end; {@link #after()} tells.
 */
public record PrintOutcome(
    PrintResult result, PrinterStatus before, PrinterStatus after, Optional<PrintFailure> failure) {
  public PrintOutcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(failure, "failure");
    if ((result == PrintResult.FAILED) != failure.isPresent()) {
      throw new IllegalArgumentException(
          "a failure goes with result FAILED and only with it, was result " + result);
    }
  }

  public static PrintOutcome of(PrintResult result, PrinterStatus before, PrinterStatus after) {
    return new PrintOutcome(result, before, after, Optional.empty());
  }

  public static PrintOutcome failed(
      PrintFailure failure, PrinterStatus before, PrinterStatus after) {
    return new PrintOutcome(PrintResult.FAILED, before, after, Optional.of(failure));
  }

  public boolean printed() {
    return result == PrintResult.PRINTED;
  }
}
