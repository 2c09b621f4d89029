package dev.ordersaga.api.backpressure;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.order.TaskQueues;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** When {@code POST /orders} answers 429: the backlog of any watched queue above the threshold. */
public final class BackpressureConfiguration {
  @Min(1)
  private long maxBacklog = 1_000;

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 5, unit = TimeUnit.MINUTES)
  private Duration refreshInterval = Duration.seconds(5);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration retryAfter = Duration.seconds(10);

  @NotEmpty private List<String> queues = TaskQueues.ALL;

  /** The approximate backlog (tasks waiting for a worker) above which new orders are refused. */
  @JsonProperty
  public long getMaxBacklog() {
    return maxBacklog;
  }

  @JsonProperty
  public void setMaxBacklog(long maxBacklog) {
    this.maxBacklog = maxBacklog;
  }

  /** How often the backlog is read from Temporal, off the request path. */
  @JsonProperty
  public Duration getRefreshInterval() {
    return refreshInterval;
  }

  @JsonProperty
  public void setRefreshInterval(Duration refreshInterval) {
    this.refreshInterval = refreshInterval;
  }

  /** The {@code Retry-After} of a 429. */
  @JsonProperty
  public Duration getRetryAfter() {
    return retryAfter;
  }

  @JsonProperty
  public void setRetryAfter(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  /** The task queues watched: {@code orders} and every step queue by default. */
  @JsonProperty
  public List<String> getQueues() {
    return queues;
  }

  @JsonProperty
  public void setQueues(List<String> queues) {
    this.queues = queues;
  }
}
