package org.netcase.reports.internal;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.netcase.core.reports.ReportLine;

/** Report, subject and measure as three levels of a tree. */
final class WeeklyReportContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return ((WeeklyReport) input).sections().toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof WeeklyReport.Section section) {
			return section.subjects().map(subjects -> subjects.toArray()).orElse(new Object[] { Messages.reportFailed });
		}
		if (parent instanceof WeeklyReport.Subject subject) {
			return subject.lines().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return !(element instanceof ReportLine) && !(element instanceof String);
	}
}
