package org.borderwatch.accountability.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Draws charts as PNG images with Java2D, headless (no display needed). */
public final class Charts {
    public static final int WIDTH = 960;
    public static final int HEIGHT = 340;
    private static final Color BAR = new Color(0x2b6cb0);
    private static final Color MET = new Color(0x2f855a);
    private static final Color NOT_MET = new Color(0xc53030);
    private static final Color GRID = new Color(0xe2e8f0);
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 56;
    private static final int BOTTOM = 70;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    public static void png(Chart chart, Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(chart.title(), LEFT, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            if (chart.kind() == Chart.Kind.STRIP) {
                strip(g, chart);
            } else {
                bars(g, chart);
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void bars(Graphics2D g, Chart chart) {
        int n = chart.values().size();
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        double max = chart.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (double h : chart.high()) {
            if (Double.isFinite(h)) {
                max = Math.max(max, h);
            }
        }
        max = niceCeiling(max);
        FontMetrics fm = g.getFontMetrics();
        for (int t = 0; t <= 4; t++) {
            int y = TOP + plotH - (int) Math.round(plotH * t / 4.0);
            g.setColor(GRID);
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(Color.DARK_GRAY);
            String label = number(max * t / 4);
            g.drawString(label, LEFT - 6 - fm.stringWidth(label), y + 4);
        }
        g.drawString(chart.valueLabel(), 8, TOP - 12);
        if (n == 0) {
            g.drawString("no data in the period", LEFT + plotW / 2 - 50, TOP + plotH / 2);
            return;
        }
        double slot = (double) plotW / n;
        int every = Math.max(1, (int) Math.ceil(n / (plotW / 70.0)));
        for (int i = 0; i < n; i++) {
            double v = chart.values().get(i);
            int x = LEFT + (int) Math.round(i * slot + slot * 0.15);
            int w = Math.max(1, (int) Math.round(slot * 0.7));
            int h = max == 0 ? 0 : (int) Math.round(plotH * v / max);
            g.setColor(BAR);
            g.fillRect(x, TOP + plotH - h, w, h);
            if (i < chart.low().size() && Double.isFinite(chart.low().get(i))) {
                drawInterval(g, x + w / 2, chart.low().get(i), chart.high().get(i), max, plotH);
            }
            if (i % every == 0) {
                g.setColor(Color.DARK_GRAY);
                String label = chart.labels().get(i);
                g.drawString(label, x + w / 2 - fm.stringWidth(label) / 2, TOP + plotH + 16);
            }
            if (n <= 12) {
                g.setColor(Color.BLACK);
                String value = number(v);
                g.drawString(value, x + w / 2 - fm.stringWidth(value) / 2, TOP + plotH - h - 4);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
    }

    private static void drawInterval(Graphics2D g, int x, double low, double high, double max, int plotH) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        int yLow = TOP + plotH - (int) Math.round(plotH * low / max);
        int yHigh = Double.isFinite(high) ? TOP + plotH - (int) Math.round(plotH * high / max) : TOP;
        g.drawLine(x, yLow, x, yHigh);
        g.drawLine(x - 6, yLow, x + 6, yLow);
        g.drawLine(x - 6, yHigh, x + 6, yHigh);
        g.setStroke(new BasicStroke(1));
    }

    private static void strip(Graphics2D g, Chart chart) {
        int n = chart.values().size();
        int plotW = WIDTH - LEFT - RIGHT;
        int y = TOP + 40;
        if (n == 0) {
            g.drawString("no days evaluated", LEFT, y);
            return;
        }
        double slot = (double) plotW / n;
        int every = Math.max(1, (int) Math.ceil(n / (plotW / 80.0)));
        for (int i = 0; i < n; i++) {
            int x = LEFT + (int) Math.round(i * slot);
            int next = LEFT + (int) Math.round((i + 1) * slot);
            g.setColor(chart.values().get(i) > 0 ? MET : NOT_MET);
            g.fillRect(x, y, Math.max(1, next - x), 60);
            if (i % every == 0) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(chart.labels().get(i), x, y + 80);
            }
        }
        g.setColor(MET);
        g.fillRect(LEFT, HEIGHT - 40, 14, 14);
        g.setColor(Color.BLACK);
        g.drawString("met", LEFT + 20, HEIGHT - 29);
        g.setColor(NOT_MET);
        g.fillRect(LEFT + 70, HEIGHT - 40, 14, 14);
        g.setColor(Color.BLACK);
        g.drawString("not met", LEFT + 90, HEIGHT - 29);
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * step >= max) {
                return m * step;
            }
        }
        return 10 * step;
    }

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
