package vn.tiepdon.ui.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A pattern layout that masks citizen IDs in the whole formatted line, stack traces and MDC
 * included, so that no code path (a library's exception message, a careless argument) can write an
 * unmasked ID to a log.
 */
public final class MaskingLayout extends PatternLayout {
  @Override
  public String doLayout(ILoggingEvent event) {
    return CitizenIdMasking.mask(super.doLayout(event));
  }
}
