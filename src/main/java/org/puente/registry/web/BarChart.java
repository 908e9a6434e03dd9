package org.puente.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.puente.registry.internal.RegistryOverview.AreaRow;
import org.puente.registry.internal.RegistryOverview.AreaTable;

/**
 * A stacked bar chart of commitments per area, laid out for an SVG: one bar per area, a
 * segment per status, every bar scaled to the busiest area so lengths compare.
 */
record BarChart(int width, int height, List<String> statuses, List<Row> rows) {

	static final int WIDTH = 640;

	static final int ROW = 40;

	/** One area's bar; {@code y} is the top of its label. */
	record Row(String area, long total, int y, List<Segment> segments) {
	}

	/** A status's part of a bar, in SVG units. */
	record Segment(String status, long count, int x, int width) {
	}

	static BarChart of(AreaTable table) {
		List<Row> rows = new ArrayList<>();
		int y = 0;
		for (AreaRow row : table.rows()) {
			List<Segment> segments = new ArrayList<>();
			long before = 0;
			for (String status : table.statuses()) {
				long count = row.counts().getOrDefault(status, 0L);
				if (count > 0) {
					int x = scale(before, table.max());
					int end = scale(before + count, table.max());
					segments.add(new Segment(status, count, x, Math.max(end - x, 1)));
					before += count;
				}
			}
			rows.add(new Row(row.area(), row.total(), y, segments));
			y += ROW;
		}
		return new BarChart(WIDTH, Math.max(y, ROW), table.statuses(), rows);
	}

	private static int scale(long value, long max) {
		return max == 0 ? 0 : (int) Math.round((double) value * WIDTH / max);
	}

}
