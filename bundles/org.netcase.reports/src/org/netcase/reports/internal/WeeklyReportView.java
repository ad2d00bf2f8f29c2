package org.netcase.reports.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportRegistry;
import org.netcase.core.reports.ReportWeek;
import org.netcase.ui.parts.NetworkViewPart;

/**
 * Every installed report for one week, as honest counts ("3 of 10"). The view knows no report:
 * experiments contribute theirs through the org.netcase.core.reports extension point. It
 * recomputes after every change to the network and when the user moves to another week.
 */
public final class WeeklyReportView extends NetworkViewPart {

	public static final String ID = "org.netcase.reports.views.weekly"; //$NON-NLS-1$

	private final Clock clock = Clock.systemDefaultZone();
	private final ReportRegistry reports = ReportRegistry.fromPlatform();
	private TreeViewer viewer;
	private ReportWeek week = ReportWeek.current(clock);

	@Override
	protected Control createContents(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new WeeklyReportContent());
		column(Messages.columnMeasure, 420, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof WeeklyReport.Section section ? section.report().description() : null;
			}
		});
		column(Messages.columnValue, 200, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ReportLine line ? line.value().text() : ""; //$NON-NLS-1$
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		fillToolBar(getViewSite().getActionBars().getToolBarManager());
		refresh();
		return viewer.getControl();
	}

	@Override
	protected void networkChanged() {
		refresh();
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	private static String label(Object element) {
		if (element instanceof WeeklyReport.Section section) {
			return section.report().name();
		}
		if (element instanceof WeeklyReport.Subject subject) {
			return subject.name();
		}
		if (element instanceof ReportLine line) {
			return line.measure();
		}
		return String.valueOf(element);
	}

	private void fillToolBar(IToolBarManager toolBar) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		toolBar.add(action(Messages.previousWeek, images, ISharedImages.IMG_TOOL_BACK,
				() -> showWeek(ReportWeek.containing(week.monday().minusWeeks(1), clock))));
		toolBar.add(action(Messages.thisWeek, images, ISharedImages.IMG_ETOOL_HOME_NAV,
				() -> showWeek(ReportWeek.current(clock))));
		toolBar.add(action(Messages.nextWeek, images, ISharedImages.IMG_TOOL_FORWARD,
				() -> showWeek(ReportWeek.containing(week.monday().plusWeeks(1), clock))));
	}

	private static Action action(String label, ISharedImages images, String image, Runnable run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(label);
		action.setImageDescriptor(images.getImageDescriptor(image));
		return action;
	}

	/** Moves to another week; for the toolbar and for tests. */
	public void showWeek(ReportWeek newWeek) {
		week = newWeek;
		refresh();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(WeeklyReport.compute(reports.reports(), session().network(), week));
		viewer.expandAll();
		DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
		boolean running = week.cutoff().isBefore(week.end());
		setContentDescription(reports.reports().isEmpty() ? Messages.noReports
				: NLS.bind(running ? Messages.weekRunning : Messages.weekOf, date.format(week.monday()),
						date.format(week.monday().plusDays(6))));
	}

	/** The tree, for UI tests that read what the user sees. */
	public TreeViewer viewer() {
		return viewer;
	}
}
