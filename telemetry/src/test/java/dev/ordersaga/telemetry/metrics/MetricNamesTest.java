package dev.ordersaga.telemetry.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricNamesTest {
  private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  @Test
  void everyMetricNameFollowsTheConvention() {
    assertThat(metricNames()).hasSizeGreaterThanOrEqualTo(12);
    for (Field field : metricNames()) {
      String name = value(field);
      assertThat(name).as(field.getName()).matches(LOWER_SNAKE).startsWith("order_saga_");
      switch (field.getAnnotation(MetricNames.Kind.class).value()) {
        case COUNTER -> assertThat(name).as(name).endsWith("_total").doesNotContain("_total_");
        case GAUGE -> assertThat(name).as(name).doesNotEndWith("_total");
        case DURATION -> assertThat(name).as(name).endsWith("_seconds");
      }
    }
  }

  @Test
  void everyLabelNameIsLowerSnakeCase() {
    List<Field> labels =
        constants().stream().filter(f -> !f.isAnnotationPresent(MetricNames.Kind.class)).toList();

    assertThat(labels).isNotEmpty();
    labels.forEach(f -> assertThat(value(f)).as(f.getName()).matches(LOWER_SNAKE));
  }

  @Test
  void prometheusShowsEachMetricUnderExactlyItsConstant() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    metricNames().forEach(field -> register(registry, field));

    List<String> series = registry.scrape().lines().filter(line -> !line.startsWith("#")).toList();

    for (Field field : metricNames()) {
      String name = value(field);
      String exported =
          field.getAnnotation(MetricNames.Kind.class).value() == MetricNames.Type.DURATION
              ? name + "_count"
              : name;
      assertThat(series).as(name).anyMatch(line -> line.startsWith(exported + " "));
    }
  }

  private static void register(MeterRegistry registry, Field field) {
    String name = value(field);
    switch (field.getAnnotation(MetricNames.Kind.class).value()) {
      case COUNTER -> registry.counter(name).increment();
      case GAUGE -> Gauge.builder(name, () -> 1).register(registry);
      case DURATION ->
          Timer.builder(name.substring(0, name.length() - "_seconds".length()))
              .register(registry)
              .record(Duration.ofMillis(1));
    }
  }

  private static List<Field> constants() {
    return Arrays.stream(MetricNames.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
        .toList();
  }

  private static List<Field> metricNames() {
    return constants().stream().filter(f -> f.isAnnotationPresent(MetricNames.Kind.class)).toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
