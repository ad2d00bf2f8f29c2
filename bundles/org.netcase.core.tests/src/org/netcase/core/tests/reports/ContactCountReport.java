package org.netcase.core.tests.reports;

import java.util.List;

import org.netcase.core.reports.Report;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportValue.Count;
import org.netcase.core.reports.ReportWeek;
import org.netcase.model.Network;

/** A report the tests bundle contributes like a third party would: contacts added by the cutoff. */
public final class ContactCountReport implements Report {

	static final String MEASURE = "Contacts";

	@Override
	public List<ReportLine> compute(Network network, ReportWeek week) {
		long added = network.getContacts().stream().filter(contact -> week.happenedBy(contact.getCreated())).count();
		return List.of(new ReportLine(network.getName(), MEASURE, new Count((int) added)));
	}
}
