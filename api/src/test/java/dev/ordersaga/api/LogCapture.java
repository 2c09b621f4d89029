package dev.ordersaga.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what is logged while it is open, so a test can say what was (not) logged. */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level levelBefore;
  private final ListAppender<ILoggingEvent> appender =
      new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
          event.prepareForDeferredProcessing();
          super.append(event);
        }
      };

  private LogCapture(Logger logger, Level level) {
    this.logger = logger;
    this.levelBefore = logger.getLevel();
    if (level != null) {
      logger.setLevel(level);
    }
    appender.start();
    logger.addAppender(appender);
  }

  /** Captures every logger. */
  public static LogCapture root() {
    return new LogCapture(
        (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME), null);
  }

  /** Captures the INFO lines and above of {@code type}'s logger, whatever its configured level. */
  public static LogCapture info(Class<?> type) {
    return new LogCapture((Logger) LoggerFactory.getLogger(type), Level.INFO);
  }

  /** The ERROR lines logged so far, as formatted messages. */
  public List<String> errors() {
    return appender.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  /**
   * The lines logged so far as the running application's console appender writes them: the layout
   * its {@code config.yml} configures.
   */
  public List<String> asConsoleWritesThem() {
    Layout<ILoggingEvent> layout = consoleLayout();
    return appender.list.stream().map(layout::doLayout).toList();
  }

  private static Layout<ILoggingEvent> consoleLayout() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Iterator<Appender<ILoggingEvent>> appenders = root.iteratorForAppenders();
    while (appenders.hasNext()) {
      Appender<ILoggingEvent> appender = appenders.next();
      if (appender instanceof AppenderAttachable<?> async) {
        @SuppressWarnings("unchecked")
        Iterator<Appender<ILoggingEvent>> wrapped =
            ((AppenderAttachable<ILoggingEvent>) async).iteratorForAppenders();
        appender = wrapped.hasNext() ? wrapped.next() : appender;
      }
      if (appender instanceof OutputStreamAppender<ILoggingEvent> console
          && console.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> encoder) {
        return encoder.getLayout();
      }
    }
    throw new IllegalStateException("the root logger has no console appender with a layout");
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
    logger.setLevel(levelBefore);
  }
}
