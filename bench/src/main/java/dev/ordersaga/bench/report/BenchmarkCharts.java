package dev.ordersaga.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.ToolTipType;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * {@code docs/benchmarks.png}, drawn with XChart: three panels side by side, every point labelled
 * with its value (one decimal at most), each legend below its plot. Left, the front door's p99
 * answer of async and sync by clients (log scale); middle and right, cost growth by submitters:
 * completed orders per second, and p99 from submit to completed.
 */
final class BenchmarkCharts {
  private static final int WIDTH = 520;
  private static final int HEIGHT = 440;
  private static final Color BLUE = new Color(0x1f77b4);
  private static final Color RED = new Color(0xd62728);
  private static final Color GREEN = new Color(0x2ca02c);

  private BenchmarkCharts() {}

  static void write(BenchResult result, Path file) {
    List<GrowthRow> growth = result.costGrowth();
    List<String> submitters = labels(growth, GrowthRow::clients);
    CategoryChart throughput =
        growthChart(
            "Cost growth: throughput",
            "orders/s",
            "#,##0.#",
            "completed orders/s",
            submitters,
            values(growth, GrowthRow::ordersPerSec),
            GREEN);
    CategoryChart latency =
        growthChart(
            "Cost growth: latency",
            "ms",
            "#,##0",
            "p99, submit to completed",
            submitters,
            values(growth, GrowthRow::p99Ms),
            RED);
    try {
      BitmapEncoder.saveBitmap(
          List.of(frontDoorChart(result.frontDoor()), throughput, latency),
          1,
          3,
          file.toString(),
          BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The front door's p99 answer of async and sync by clients, on a log scale. */
  private static CategoryChart frontDoorChart(List<FrontDoorRow> door) {
    List<String> clients = labels(door, FrontDoorRow::clients);
    List<Double> async = values(door, FrontDoorRow::asyncP99Ms);
    List<Double> sync = values(door, FrontDoorRow::syncP99Ms);
    CategoryChart chart = chart("Front door: answer p99 (log scale)", "clients", "ms", "#,##0.#");
    series(chart, "async POST /orders (202)", clients, async, BLUE);
    series(chart, "sync baseline POST /sync-orders", clients, sync, RED);
    double low = async.stream().mapToDouble(Double::doubleValue).min().orElse(1);
    chart
        .getStyler()
        .setYAxisLogarithmic(true)
        .setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.max(1, low)))))
        .setYAxisMax(2 * max(sync));
    return chart;
  }

  /** One series of cost growth by submitters, from zero to 15% above its highest point. */
  private static CategoryChart growthChart(
      String title,
      String yTitle,
      String valuePattern,
      String seriesName,
      List<String> submitters,
      List<Double> values,
      Color color) {
    CategoryChart chart = chart(title, "submitters", yTitle, valuePattern);
    series(chart, seriesName, submitters, values, color);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.15 * max(values));
    return chart;
  }

  private static CategoryChart chart(
      String title, String xTitle, String yTitle, String valuePattern) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    CategoryStyler styler = chart.getStyler();
    styler
        .setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line)
        .setOverlapped(true)
        .setXAxisTickMarkSpacingHint(10)
        .setYAxisDecimalPattern(valuePattern);
    styler
        .setLegendPosition(LegendPosition.OutsideS)
        .setLegendLayout(LegendLayout.Horizontal)
        .setChartBackgroundColor(Color.WHITE)
        .setToolTipsAlwaysVisible(true)
        .setToolTipType(ToolTipType.yLabels)
        .setDecimalPattern(valuePattern);
    return chart;
  }

  private static void series(
      CategoryChart chart, String name, List<String> x, List<Double> y, Color color) {
    CategorySeries series = chart.addSeries(name, x, y);
    series.setLineColor(color);
    series.setMarkerColor(color);
  }

  private static <T> List<String> labels(List<T> rows, ToIntFunction<T> clients) {
    return rows.stream().map(row -> String.valueOf(clients.applyAsInt(row))).toList();
  }

  private static <T> List<Double> values(List<T> rows, ToDoubleFunction<T> value) {
    return rows.stream().map(value::applyAsDouble).toList();
  }

  private static double max(List<Double> values) {
    return Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
  }
}
