package org.netcase.ui.internal.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which rows a network table shows, in which order: all objects of one list of the network,
 * narrowed by the filter text (matched against every column's text) and sorted by one column.
 * Kept apart from SWT so it can be reasoned about and measured on its own.
 */
final class VisibleRows<T> {

	private final Supplier<List<T>> source;
	private final List<ColumnSpec<T>> columns;
	private String filter = ""; //$NON-NLS-1$
	private int sortColumn = -1;
	private boolean ascending = true;

	VisibleRows(Supplier<List<T>> source, List<ColumnSpec<T>> columns) {
		this.source = source;
		this.columns = columns;
	}

	void filter(String text) {
		filter = text.strip().toLowerCase(Locale.ROOT);
	}

	/** Sorts by the given column; choosing the same column again reverses the order. */
	void sortBy(int column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
	}

	boolean ascending() {
		return ascending;
	}

	int total() {
		return source.get().size();
	}

	/**
	 * The rows to show. Unfiltered and unsorted, that is the network's own list, read live, so a
	 * view of a million interactions costs nothing to refresh after an edit.
	 */
	List<T> compute() {
		List<T> all = source.get();
		if (filter.isEmpty() && sortColumn < 0) {
			return Collections.unmodifiableList(all);
		}
		List<T> rows = filter.isEmpty() ? new ArrayList<>(all) : matching(all);
		return sortColumn < 0 ? rows : sorted(rows, columns.get(sortColumn).sortKey());
	}

	private List<T> matching(List<T> all) {
		List<T> rows = new ArrayList<>();
		for (T row : all) {
			if (matches(row)) {
				rows.add(row);
			}
		}
		return rows;
	}

	private boolean matches(T row) {
		for (ColumnSpec<T> column : columns) {
			if (column.text().apply(row).toLowerCase(Locale.ROOT).contains(filter)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Computes each row's key once, then sorts the keys: a comparator that derived a key per
	 * comparison (a collation key, a contact's last contact) costs seconds at 100,000 rows.
	 * Rows without a key stay last in both directions.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<T> sorted(List<T> rows, Function<T, Comparable<?>> key) {
		List<Keyed<T>> keyed = new ArrayList<>(rows.size());
		for (T row : rows) {
			keyed.add(new Keyed<>((Comparable) key.apply(row), row));
		}
		Comparator<Comparable> byKey = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
		keyed.sort(Comparator.comparing(Keyed::key, Comparator.nullsLast(byKey)));
		List<T> result = new ArrayList<>(keyed.size());
		for (Keyed<T> entry : keyed) {
			result.add(entry.row());
		}
		return result;
	}

	@SuppressWarnings("rawtypes")
	private record Keyed<T>(Comparable key, T row) {
	}
}
