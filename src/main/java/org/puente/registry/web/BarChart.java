package org.puente.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.puente.registry.internal.RegistryOverview.AreaTable;
import org.puente.registry.internal.RegistryStatistics.Series;

/**
 * A stacked bar chart laid out for an SVG: one bar per label (an area, a year), a segment
 * per category (a status, a level), every bar scaled to the longest so lengths compare.
 * {@code keys} is the message key prefix of the categories.
 */
record BarChart(String id, int width, int height, String keys, List<String> categories, List<Row> rows) {

	static final int WIDTH = 640;

	static final int ROW = 40;

	/** One bar; {@code y} is the top of its label. */
	record Row(String label, Map<String, Long> counts, long total, int y, List<Segment> segments) {
	}

	/** A category's part of a bar, in SVG units. */
	record Segment(String category, long count, int x, int width) {
	}

	/** Commitments per area, areas named by {@code label}. */
	static BarChart of(String id, AreaTable table, Function<String, String> label) {
		return layout(id, "records.status.", table.statuses(),
				table.rows().stream().map(r -> Map.entry(label.apply(r.area()), r.counts())).toList(), table.max());
	}

	/** A series, its points labelled by {@code label}. */
	static BarChart of(String id, Series series, String keys, Function<String, String> label) {
		return layout(id, keys, series.categories(),
				series.points().stream().map(p -> Map.entry(label.apply(p.label()), p.counts())).toList(),
				series.max());
	}

	private static BarChart layout(String id, String keys, List<String> categories,
			List<Map.Entry<String, Map<String, Long>>> bars, long max) {
		List<Row> rows = new ArrayList<>();
		int y = 0;
		for (Map.Entry<String, Map<String, Long>> bar : bars) {
			List<Segment> segments = new ArrayList<>();
			long before = 0;
			for (String category : categories) {
				long count = bar.getValue().getOrDefault(category, 0L);
				if (count > 0) {
					int x = scale(before, max);
					int end = scale(before + count, max);
					segments.add(new Segment(category, count, x, Math.max(end - x, 1)));
					before += count;
				}
			}
			rows.add(new Row(bar.getKey(), bar.getValue(), before, y, segments));
			y += ROW;
		}
		return new BarChart(id, WIDTH, Math.max(y, ROW), keys, categories, rows);
	}

	private static int scale(long value, long max) {
		return max == 0 ? 0 : (int) Math.round((double) value * WIDTH / max);
	}

}
