package org.netcase.ui.internal.views;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;

/**
 * The virtual table of a network view with its columns. Only the rows on screen are ever
 * labelled, so its cost does not grow with the number of rows, except in one place: GTK removes
 * rows one by one at tens of microseconds each, so a view whose row count drops by thousands
 * throws its table away and builds a new one, which takes milliseconds.
 */
final class RowsTable<T> {

	private final RowsViewer viewer;
	private List<T> shown = List.of();

	RowsTable(Composite parent, Object input, List<ColumnSpec<T>> columns, Function<Table, ItemImages> images,
			IntConsumer headerClicked) {
		viewer = new RowsViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(new LazyRows());
		ItemImages firstColumnImages = images.apply(table);
		for (int i = 0; i < columns.size(); i++) {
			int index = i;
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(columns.get(i).title());
			column.getColumn().setWidth(columns.get(i).width());
			column.getColumn().setMoveable(true);
			column.setLabelProvider(new ColumnText<>(columns.get(i), i == 0 ? firstColumnImages : null));
			column.getColumn().addListener(SWT.Selection, event -> headerClicked.accept(index));
		}
		viewer.setInput(input);
	}

	/** Takes over what the user arranged in the table it replaces: widths, column order, sort, menu. */
	void copyArrangementFrom(RowsTable<T> previous) {
		Table from = previous.table();
		Table to = table();
		for (int i = 0; i < from.getColumnCount(); i++) {
			to.getColumn(i).setWidth(from.getColumn(i).getWidth());
		}
		to.setColumnOrder(from.getColumnOrder());
		if (from.getSortColumn() != null) {
			to.setSortColumn(to.getColumn(from.indexOf(from.getSortColumn())));
			to.setSortDirection(from.getSortDirection());
		}
		Menu menu = from.getMenu();
		from.setMenu(null);
		to.setMenu(menu);
	}

	void show(List<T> rows) {
		shown = rows;
		viewer.setItemCount(rows.size());
		viewer.refresh();
	}

	List<T> shown() {
		return shown;
	}

	void showSort(int column, boolean ascending) {
		Table table = table();
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
	}

	void select(int[] indices) {
		viewer.selectRows(indices);
	}

	RowsViewer viewer() {
		return viewer;
	}

	Table table() {
		return viewer.getTable();
	}

	/** Serves rows to the virtual table one index at a time. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < shown.size()) {
				viewer.replace(shown.get(index), index);
			}
		}
	}
}
