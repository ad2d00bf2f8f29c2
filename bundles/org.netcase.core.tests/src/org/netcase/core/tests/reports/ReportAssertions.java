package org.netcase.core.tests.reports;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportRegistry;
import org.netcase.core.reports.ReportWeek;
import org.netcase.model.Network;

/** Runs a contributed report the way the Reports perspective does, and reads its lines as text. */
final class ReportAssertions {

	private ReportAssertions() {
	}

	static List<ReportLine> compute(String reportId, Network network, ReportWeek week) {
		return new ReportRegistry(Platform.getExtensionRegistry()).find(reportId).orElseThrow()
				.compute(network, week).orElseThrow();
	}

	/** Each line as "subject | measure | value", for assertions that read like the report. */
	static List<String> asText(List<ReportLine> lines) {
		return lines.stream().map(line -> line.subject() + " | " + line.measure() + " | " + line.value().text())
				.toList();
	}
}
