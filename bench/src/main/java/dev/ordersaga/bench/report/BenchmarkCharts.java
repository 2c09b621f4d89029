package dev.ordersaga.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
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
    List<FrontDoorRow> door = result.frontDoor();
    List<String> clients = door.stream().map(row -> String.valueOf(row.clients())).toList();
    List<Double> async = values(door, FrontDoorRow::asyncP99Ms);
    List<Double> sync = values(door, FrontDoorRow::syncP99Ms);
    CategoryChart frontDoor =
        chart("Front door: answer p99 (log scale)", "clients", "ms", "#,##0.#");
    series(frontDoor, "async POST /orders (202)", clients, async, BLUE);
    series(frontDoor, "sync baseline POST /sync-orders", clients, sync, RED);
    double low = async.stream().mapToDouble(Double::doubleValue).min().orElse(1);
    frontDoor
        .getStyler()
        .setYAxisLogarithmic(true)
        .setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.max(1, low)))))
        .setYAxisMax(2 * max(sync));

    List<GrowthRow> growth = result.costGrowth();
    List<String> submitters = growth.stream().map(row -> String.valueOf(row.clients())).toList();
    List<Double> perSecond = values(growth, GrowthRow::ordersPerSec);
    List<Double> p99 = values(growth, GrowthRow::p99Ms);
    CategoryChart throughput =
        chart("Cost growth: throughput", "submitters", "orders/s", "#,##0.#");
    series(throughput, "completed orders/s", submitters, perSecond, GREEN);
    throughput.getStyler().setYAxisMin(0.0).setYAxisMax(1.15 * max(perSecond));
    CategoryChart latency = chart("Cost growth: latency", "submitters", "ms", "#,##0");
    series(latency, "p99, submit to completed", submitters, p99, RED);
    latency.getStyler().setYAxisMin(0.0).setYAxisMax(1.15 * max(p99));
    try {
      BitmapEncoder.saveBitmap(
          List.of(frontDoor, throughput, latency), 1, 3, file.toString(), BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static <T> List<Double> values(List<T> rows, ToDoubleFunction<T> value) {
    return rows.stream().map(value::applyAsDouble).toList();
  }

  private static double max(List<Double> values) {
    return Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
  }
}
