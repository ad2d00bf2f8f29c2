package org.netcase.ui.internal.views;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.netcase.core.session.NetworkSession;
import org.netcase.model.Network;
import org.netcase.ui.internal.properties.NetworkPropertySheetPage;

/**
 * A view that lists one kind of object of the open network in a sortable, filterable table.
 * The table is virtual, so only the rows on screen are ever labelled; after every command on
 * the shared stack it recomputes its rows and selects what the command created or changed.
 *
 * @param <T> the model class the rows show
 */
public abstract class NetworkTableView<T> extends ViewPart {

	/** How long typing may pause before the filter applies, so 100,000 rows are not refiltered per key. */
	private static final int FILTER_DELAY_MS = 150;

	private NetworkSession session;
	private VisibleRows<T> rows;
	private List<T> shown = List.of();
	private RowsViewer viewer;
	private Text filter;
	private final Runnable applyFilter = this::applyFilter;
	private final CommandStackListener commandListener = event -> runInUi(this::commandStackChanged);

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
	public void createPartControl(Composite parent) {
		session = getSite().getService(NetworkSession.class);
		List<ColumnSpec<T>> columns = columns();
		rows = new VisibleRows<>(this::sourceRows, columns);

		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(filterHint());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(event -> {
			filter.getDisplay().timerExec(-1, applyFilter);
			filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
		});

		viewer = new RowsViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		viewer.setContentProvider(new LazyRows());
		ItemImages images = new ItemImages(session.adapterFactory(), table);
		for (int i = 0; i < columns.size(); i++) {
			addColumn(columns.get(i), i, i == 0 ? images : null);
		}
		viewer.setInput(session.network());

		hookContextMenu();
		getSite().setSelectionProvider(viewer);
		session.commandStack().addCommandStackListener(commandListener);
		refreshRows();
	}

	private void addColumn(ColumnSpec<T> spec, int index, ItemImages images) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(spec.title());
		column.getColumn().setWidth(spec.width());
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnText<>(spec, images));
		column.getColumn().addListener(SWT.Selection, event -> sortBy(index, column.getColumn()));
	}

	private void sortBy(int index, TableColumn column) {
		rows.sortBy(index);
		Table table = viewer.getTable();
		table.setSortColumn(column);
		table.setSortDirection(rows.ascending() ? SWT.UP : SWT.DOWN);
		refreshRows();
	}

	private void hookContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, viewer);
	}

	@SuppressWarnings("unchecked")
	private List<T> sourceRows() {
		return (List<T>) session.network().eGet(listFeature());
	}

	private void applyFilter() {
		if (filter.isDisposed()) {
			return;
		}
		rows.filter(filter.getText());
		refreshRows();
	}

	private void refreshRows() {
		shown = rows.compute();
		viewer.setItemCount(shown.size());
		viewer.refresh();
		setContentDescription(NLS.bind(Messages.rowCount, new Object[] { shown.size(), rows.total(), rowNoun() }));
	}

	private void commandStackChanged() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		refreshRows();
		Command command = session.commandStack().getMostRecentCommand();
		if (command != null) {
			select(command.getAffectedObjects());
		}
	}

	private void select(Collection<?> objects) {
		int[] indices = objects.stream().mapToInt(shown::indexOf).filter(index -> index >= 0).toArray();
		if (indices.length > 0) {
			viewer.selectRows(indices);
		}
	}

	private void runInUi(Runnable runnable) {
		if (!viewer.getTable().isDisposed()) {
			viewer.getTable().getDisplay().asyncExec(runnable);
		}
	}

	/** The open network, for commands run from this view. */
	public NetworkSession session() {
		return session;
	}

	public Network network() {
		return session.network();
	}

	/** The table widget, for UI tests that drive it as a user would. */
	public Table table() {
		return viewer.getTable();
	}

	/** The filter box above the table, for UI tests that type into it. */
	public Text filterBox() {
		return filter;
	}

	@Override
	public <A> A getAdapter(Class<A> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new NetworkPropertySheetPage(session));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.commandStack().removeCommandStackListener(commandListener);
		}
		super.dispose();
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
