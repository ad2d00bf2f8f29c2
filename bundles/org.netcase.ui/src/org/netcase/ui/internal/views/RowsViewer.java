package org.netcase.ui.internal.views;

import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * A virtual table viewer that selects rows by index. JFace's own setSelection on a lazy table
 * walks every row to find an element, which is too slow at 100,000 rows.
 */
final class RowsViewer extends TableViewer {

	RowsViewer(Composite parent, int style) {
		super(parent, style);
	}

	void selectRows(int[] indices) {
		Table table = getTable();
		table.setSelection(indices);
		table.showSelection();
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		fireSelectionChanged(event);
		firePostSelectionChanged(event);
	}
}
