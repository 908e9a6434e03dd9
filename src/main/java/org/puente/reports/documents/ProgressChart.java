package org.puente.reports.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.imageio.ImageIO;

/**
 * Draws commitments by status over time as stacked bars in a PNG, with the bundled Noto
 * Sans so the labels look the same on every machine. The legend and a table of the same
 * numbers are in the document's HTML, in the reader's language.
 */
final class ProgressChart {

	/** One colour per status, shared with the legend in the document. */
	static final Map<String, String> COLOURS = Map.of("PROPOSED", "#b1b4b6", "AGREED", "#1d70b8", "IN_PROGRESS",
			"#f47738", "DONE", "#00703c", "STALLED", "#d4351c", "DROPPED", "#505a5f");

	private static final int WIDTH = 1600;

	private static final int HEIGHT = 640;

	private static final Font FONT = load();

	private ProgressChart() {
	}

	/** The chart as a {@code data:} URI an {@code <img>} can show. */
	static String dataUri(List<Progress.Bar> bars, Function<Progress.Period, String> label) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(bars, label));
	}

	/** Stacked bars of any series: a label and counts per category, in this order. */
	static String dataUri(List<String> labels, List<Map<String, ? extends Number>> counts, List<String> categories,
			Map<String, String> colours) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(draw(labels, counts, categories, colours));
	}

	static byte[] png(List<Progress.Bar> bars, Function<Progress.Period, String> label) {
		return draw(bars.stream().map(b -> label.apply(b.period())).toList(),
				bars.stream().<Map<String, ? extends Number>>map(Progress.Bar::counts).toList(), Progress.STATUSES,
				COLOURS);
	}

	private static byte[] draw(List<String> labels, List<Map<String, ? extends Number>> counts, List<String> categories,
			Map<String, String> colours) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setFont(FONT.deriveFont(22f));
			FontMetrics metrics = g.getFontMetrics();
			int left = 80;
			int right = 20;
			int top = 30;
			int bottom = 70;
			int plotWidth = WIDTH - left - right;
			int plotHeight = HEIGHT - top - bottom;
			int max = Math.max(1,
					counts.stream()
						.mapToInt(c -> c.values().stream().mapToInt(Number::intValue).sum())
						.max()
						.orElse(1));
			int step = niceStep(max);
			int scaleMax = ((max + step - 1) / step) * step;

			g.setStroke(new BasicStroke(1f));
			for (int tick = 0; tick <= scaleMax; tick += step) {
				int y = top + plotHeight - (int) Math.round((double) tick / scaleMax * plotHeight);
				g.setColor(new Color(0xdd, 0xdd, 0xdd));
				g.drawLine(left, y, left + plotWidth, y);
				g.setColor(Color.DARK_GRAY);
				String text = Integer.toString(tick);
				g.drawString(text, left - 12 - metrics.stringWidth(text), y + metrics.getAscent() / 2 - 2);
			}
			if (!labels.isEmpty()) {
				double slot = (double) plotWidth / labels.size();
				int barWidth = (int) Math.max(4, Math.min(120, slot * 0.6));
				int labelEvery = Math.max(1, (int) Math.ceil(labels.size() * 110.0 / plotWidth));
				for (int i = 0; i < labels.size(); i++) {
					Map<String, ? extends Number> bar = counts.get(i);
					int x = left + (int) Math.round(slot * i + (slot - barWidth) / 2);
					int y = top + plotHeight;
					for (String status : categories) {
						Number value = bar.get(status);
						int count = value == null ? 0 : value.intValue();
						if (count == 0) {
							continue;
						}
						int h = (int) Math.round((double) count / scaleMax * plotHeight);
						g.setColor(Color.decode(colours.getOrDefault(status, "#505a5f")));
						g.fillRect(x, y - h, barWidth, h);
						y -= h;
					}
					if (i % labelEvery == 0) {
						g.setColor(Color.BLACK);
						String text = labels.get(i);
						int cx = x + barWidth / 2 - metrics.stringWidth(text) / 2;
						g.drawString(text, cx, top + plotHeight + metrics.getAscent() + 12);
					}
				}
			}
			g.setColor(Color.BLACK);
			g.setStroke(new BasicStroke(2f));
			g.drawLine(left, top + plotHeight, left + plotWidth, top + plotHeight);
			g.drawLine(left, top, left, top + plotHeight);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A step of 1, 2 or 5 times a power of ten giving at most about six ticks. */
	static int niceStep(int max) {
		for (int power = 1;; power *= 10) {
			for (int base : new int[] { 1, 2, 5 }) {
				if (max / (base * power) <= 6) {
					return base * power;
				}
			}
		}
	}

	private static Font load() {
		try (InputStream in = ProgressChart.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("bundled font unreadable", ex);
		}
	}

}
