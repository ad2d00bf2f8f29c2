package org.netcase.ui.internal.views;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.netcase.model.Network;
import org.netcase.ui.parts.NetworkViewPart;

/**
 * A view that lists one kind of object of the open network in a sortable, filterable table.
 * After every command on the shared stack it recomputes its rows and selects what the command
 * created or changed.
 *
 * @param <T> the model class the rows show
 */
public abstract class NetworkTableView<T> extends NetworkViewPart {

	/** How long typing may pause before the filter applies, so 100,000 rows are not refiltered per key. */
	private static final int FILTER_DELAY_MS = 150;
	/** Dropping more rows than this is faster with a new table than with GTK's row removal. */
	private static final int REBUILD_WHEN_DROPPING = 1_000;

	private List<ColumnSpec<T>> columns;
	private VisibleRows<T> rows;
	private Composite tableArea;
	private RowsTable<T> rowsTable;
	private final SelectionForwarder selection = new SelectionForwarder();
	private final MenuManager contextMenu = new MenuManager();
	private Text filter;
	private final Runnable applyFilter = this::applyFilter;

	/** The containment list of the network this view shows, e.g. Network.contacts. */
	public abstract EReference listFeature();

	/** What a new row of this view is; the New command creates one. */
	public EClass newObjectClass() {
		return listFeature().getEReferenceType();
	}

	protected abstract List<ColumnSpec<T>> columns();

	/** The greyed hint in the empty filter box. */
	protected abstract String filterHint();

	/** Plural noun for the row count, e.g. "contacts". */
	protected abstract String rowNoun();

	@Override
	protected Control createContents(Composite parent) {
		columns = columns();
		rows = new VisibleRows<>(this::sourceRows, columns);

		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(filterHint());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(event -> {
			filter.getDisplay().timerExec(-1, applyFilter);
			filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
		});
		tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayout(new FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);

		rowsTable = newRowsTable();
		contextMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		rowsTable.table().setMenu(contextMenu.createContextMenu(rowsTable.table()));
		getSite().registerContextMenu(contextMenu, selection);
		getSite().setSelectionProvider(selection);
		refreshRows();
		return tableArea;
	}

	private RowsTable<T> newRowsTable() {
		RowsTable<T> table = new RowsTable<>(tableArea, session().network(), columns,
				owner -> new ItemImages(session().adapterFactory(), owner), this::sortBy);
		selection.follow(table.viewer());
		return table;
	}

	private void sortBy(int column) {
		rows.sortBy(column);
		rowsTable.showSort(column, rows.ascending());
		refreshRows();
	}

	@SuppressWarnings("unchecked")
	private List<T> sourceRows() {
		return (List<T>) session().network().eGet(listFeature());
	}

	private void applyFilter() {
		if (filter.isDisposed()) {
			return;
		}
		rows.filter(filter.getText());
		refreshRows();
	}

	private void refreshRows() {
		List<T> visible = rows.compute();
		if (rowsTable.table().getItemCount() - visible.size() > REBUILD_WHEN_DROPPING) {
			RowsTable<T> replacement = newRowsTable();
			replacement.copyArrangementFrom(rowsTable);
			rowsTable.table().dispose();
			rowsTable = replacement;
			tableArea.layout();
		}
		rowsTable.show(visible);
		NumberFormat count = NumberFormat.getIntegerInstance();
		setContentDescription(NLS.bind(Messages.rowCount,
				new Object[] { count.format(visible.size()), count.format(rows.total()), rowNoun() }));
	}

	/** Shows the change and selects what the command created or changed. */
	@Override
	protected void networkChanged() {
		refreshRows();
		Command command = session().commandStack().getMostRecentCommand();
		if (command != null) {
			select(command.getAffectedObjects());
		}
	}

	private void select(Collection<?> objects) {
		List<T> shown = rowsTable.shown();
		int[] indices = objects.stream().mapToInt(shown::indexOf).filter(index -> index >= 0).toArray();
		if (indices.length > 0) {
			rowsTable.select(indices);
		}
	}

	public Network network() {
		return session().network();
	}

	/** The table widget, for UI tests that drive it as a user would. */
	public Table table() {
		return rowsTable.table();
	}

	/** The filter box above the table, for UI tests that type into it. */
	public Text filterBox() {
		return filter;
	}

	@Override
	public void setFocus() {
		rowsTable.table().setFocus();
	}

	@Override
	public void dispose() {
		contextMenu.dispose();
		super.dispose();
	}
}
