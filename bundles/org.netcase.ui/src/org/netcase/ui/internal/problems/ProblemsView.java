package org.netcase.ui.internal.problems;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.netcase.ui.internal.views.SelectionForwarder;
import org.netcase.ui.parts.NetworkViewPart;

/**
 * What the model's validator finds wrong in the network (an invalid email address, a reply
 * dated before the send, a negative amount), each with what to do about it. Selecting a problem
 * shows its object in the Properties view, where it can be fixed.
 */
public final class ProblemsView extends NetworkViewPart {

	public static final String ID = "org.netcase.ui.views.problems"; //$NON-NLS-1$

	private static final int REVALIDATE_DELAY_MS = 300;

	private TableViewer viewer;
	private final Runnable validate = this::validate;

	@Override
	protected Control createContents(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.columnDescription, 620, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Problem) element).message();
			}

			@Override
			public Image getImage(Object element) {
				String image = ((Problem) element).severity() >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
						: ISharedImages.IMG_OBJS_WARN_TSK;
				return PlatformUI.getWorkbench().getSharedImages().getImage(image);
			}
		});
		column(Messages.columnObject, 260, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return objectLabel((Problem) element);
			}
		});
		SelectionForwarder selection = new SelectionForwarder(ProblemsView::objectsOf);
		selection.follow(viewer);
		getSite().setSelectionProvider(selection);
		validate();
		return table;
	}

	/** The objects the selected problems are about, so the Properties view shows what to fix. */
	private static ISelection objectsOf(ISelection problems) {
		return new StructuredSelection(((IStructuredSelection) problems).stream()
				.map(problem -> ((Problem) problem).object()).filter(Objects::nonNull).distinct().toList());
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	private String objectLabel(Problem problem) {
		if (problem.object() == null) {
			return ""; //$NON-NLS-1$
		}
		IItemLabelProvider labels = (IItemLabelProvider) session().adapterFactory().adapt(problem.object(),
				IItemLabelProvider.class);
		return labels == null ? problem.object().eClass().getName() : labels.getText(problem.object());
	}

	/** Validates a moment after the user stops editing, not once per keystroke's command. */
	@Override
	protected void networkChanged() {
		viewer.getControl().getDisplay().timerExec(-1, validate);
		viewer.getControl().getDisplay().timerExec(REVALIDATE_DELAY_MS, validate);
	}

	private void validate() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Problem> problems = Problem.from(Diagnostician.INSTANCE.validate(session().network()));
		viewer.setInput(problems);
		long errors = problems.stream().filter(problem -> problem.severity() >= Diagnostic.ERROR).count();
		setContentDescription(problems.isEmpty() ? Messages.noProblems
				: NLS.bind(Messages.problemCount, errors, problems.size() - errors));
	}

	/** The table, for UI tests that read what the user sees. */
	public Table table() {
		return viewer.getTable();
	}

}
