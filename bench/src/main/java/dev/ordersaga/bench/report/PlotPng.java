package dev.ordersaga.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * The benchmark's plot, drawn with Java2D: left, front-door p99 of async and sync by clients (log
 * scale); right, cost growth: completed orders per second and p99 by submitters.
 */
public final class PlotPng {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 480;
  private static final Color ASYNC = new Color(0x1f77b4);
  private static final Color SYNC = new Color(0xd62728);
  private static final Color GREEN = new Color(0x2ca02c);

  private PlotPng() {}

  public static void write(BenchResult result, Path file) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    List<FrontDoorRow> door = result.frontDoor();
    Chart left = new Chart(g, 70, 50, 480, 340);
    left.title("Front door p99 latency (ms, log scale)");
    double max = Math.max(1, door.stream().mapToDouble(FrontDoorRow::syncP99Ms).max().orElse(1));
    double logMax = max * 2;
    left.logAxis(logMax);
    left.xLabels(door.stream().map(r -> r.clients() + " clients").toList());
    left.logLine(door.stream().mapToDouble(FrontDoorRow::asyncP99Ms).toArray(), ASYNC, logMax);
    left.logLine(door.stream().mapToDouble(FrontDoorRow::syncP99Ms).toArray(), SYNC, logMax);
    left.legend(
        List.of("async POST /orders (202)", "sync baseline POST /sync-orders"),
        List.of(ASYNC, SYNC));

    List<GrowthRow> growth = result.costGrowth();
    Chart right = new Chart(g, 680, 50, 460, 340);
    right.title("Cost growth: orders/s and p99 (submit to completed)");
    right.linearAxis(max(growth, GrowthRow::ordersPerSec) * 1.2, "orders/s");
    right.xLabels(growth.stream().map(r -> String.valueOf(r.clients())).toList());
    right.line(
        growth.stream().mapToDouble(GrowthRow::ordersPerSec).toArray(),
        GREEN,
        max(growth, GrowthRow::ordersPerSec) * 1.2);
    right.line(
        growth.stream().mapToDouble(GrowthRow::p99Ms).toArray(),
        SYNC,
        max(growth, GrowthRow::p99Ms) * 1.2);
    right.rightAxis(max(growth, GrowthRow::p99Ms) * 1.2, "p99 ms", SYNC);
    right.legend(List.of("completed orders/s", "p99 ms (right axis)"), List.of(GREEN, SYNC));
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(
        "submitters (each places an order through the API and waits for it to complete)",
        680,
        HEIGHT - 30);
    g.drawString("make bench, " + result.startedAt(), 70, HEIGHT - 30);
    g.dispose();
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> double max(List<T> rows, ToDoubleFunction<T> value) {
    return Math.max(1, rows.stream().mapToDouble(value).max().orElse(1));
  }

  private record Chart(Graphics2D g, int x, int y, int w, int h) {
    void title(String text) {
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString(text, x, y - 15);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      g.setColor(Color.GRAY);
      g.drawRect(x, y, w, h);
    }

    void logAxis(double max) {
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (double v = 1; v <= max; v *= 10) {
        int py = logY(v, max);
        g.setColor(new Color(0xdddddd));
        g.drawLine(x, py, x + w, py);
        g.setColor(Color.DARK_GRAY);
        g.drawString(String.valueOf((long) v), x - 45, py + 4);
      }
    }

    void linearAxis(double max, String label) {
      for (int i = 0; i <= 4; i++) {
        double v = max * i / 4;
        int py = y + h - (int) (h * i / 4.0);
        g.setColor(new Color(0xdddddd));
        g.drawLine(x, py, x + w, py);
        g.setColor(Color.DARK_GRAY);
        g.drawString(String.format("%.0f", v), x - 40, py + 4);
      }
      g.drawString(label, x - 40, y - 2);
    }

    void rightAxis(double max, String label, Color color) {
      g.setColor(color);
      for (int i = 0; i <= 4; i++) {
        int py = y + h - (int) (h * i / 4.0);
        g.drawString(String.format("%.0f", max * i / 4), x + w + 5, py + 4);
      }
      g.drawString(label, x + w - 20, y - 2);
    }

    void xLabels(List<String> labels) {
      g.setColor(Color.DARK_GRAY);
      for (int i = 0; i < labels.size(); i++) {
        g.drawString(labels.get(i), px(i, labels.size()) - 15, y + h + 18);
      }
    }

    void logLine(double[] values, Color color, double max) {
      plot(values, color, value -> logY(Math.max(1, value), max));
    }

    void line(double[] values, Color color, double max) {
      plot(values, color, value -> y + h - (int) (h * value / max));
    }

    private void plot(double[] values, Color color, java.util.function.DoubleToIntFunction toY) {
      g.setColor(color);
      g.setStroke(new BasicStroke(2.5f));
      for (int i = 0; i < values.length; i++) {
        int px = px(i, values.length);
        int py = toY.applyAsInt(values[i]);
        g.fillOval(px - 4, py - 4, 8, 8);
        g.drawString(String.format("%.0f", values[i]), px + 6, py - 6);
        if (i > 0) {
          g.drawLine(px(i - 1, values.length), toY.applyAsInt(values[i - 1]), px, py);
        }
      }
      g.setStroke(new BasicStroke(1f));
    }

    void legend(List<String> names, List<Color> colors) {
      for (int i = 0; i < names.size(); i++) {
        g.setColor(colors.get(i));
        g.fillRect(x + 10, y + 10 + i * 18, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString(names.get(i), x + 28, y + 21 + i * 18);
      }
    }

    private int px(int i, int n) {
      return x + (int) (w * (i + 0.5) / n);
    }

    private int logY(double value, double max) {
      return y + h - (int) (h * Math.log10(value) / Math.log10(max));
    }
  }
}
