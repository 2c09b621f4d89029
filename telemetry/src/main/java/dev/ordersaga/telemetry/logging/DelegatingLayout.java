package dev.ordersaga.telemetry.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;

/** A layout writing what another writes, that one chosen when this one starts. */
abstract class DelegatingLayout extends LayoutBase<ILoggingEvent> {
  private LayoutBase<ILoggingEvent> delegate;

  /** The layout to write with, not yet started; called once, when this layout starts. */
  abstract LayoutBase<ILoggingEvent> choose();

  @Override
  public final void start() {
    delegate = choose();
    delegate.setContext(getContext());
    delegate.start();
    super.start();
  }

  @Override
  public final void stop() {
    super.stop();
    if (delegate != null) {
      delegate.stop();
    }
  }

  @Override
  public final String doLayout(ILoggingEvent event) {
    return delegate.doLayout(event);
  }
}
