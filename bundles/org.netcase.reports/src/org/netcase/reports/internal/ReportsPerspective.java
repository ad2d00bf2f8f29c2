package org.netcase.reports.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** How the experiments are going, week by week: the weekly report fills the window. */
public final class ReportsPerspective implements IPerspectiveFactory {

	public static final String ID = "org.netcase.reports.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(WeeklyReportView.ID, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
		layout.addShowViewShortcut(WeeklyReportView.ID);
	}
}
