package org.netcase.core.tests.reports;

import java.util.List;

import org.netcase.core.reports.Report;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportWeek;
import org.netcase.model.Network;

/** A contributed report with a bug, which must not take the other reports down with it. */
public final class FailingReport implements Report {

	static final String FAILURE = "a bug in a contributed report";

	@Override
	public List<ReportLine> compute(Network network, ReportWeek week) {
		throw new IllegalStateException(FAILURE);
	}
}
