package org.netcase.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.netcase.core.reports.ReportContribution;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportWeek;
import org.netcase.model.Network;

/**
 * Every contributed report computed for one week, grouped the way the view shows them: report,
 * then subject (an experiment, an organization), then its measures.
 */
record WeeklyReport(ReportWeek week, List<Section> sections) {

	/** One report; lines are empty when the report failed, which the registry has logged. */
	record Section(ReportContribution report, Optional<List<Subject>> subjects) {
	}

	record Subject(String name, List<ReportLine> lines) {
	}

	static WeeklyReport compute(List<ReportContribution> reports, Network network, ReportWeek week) {
		List<Section> sections = new ArrayList<>();
		for (ReportContribution report : reports) {
			sections.add(new Section(report, report.compute(network, week).map(WeeklyReport::bySubject)));
		}
		return new WeeklyReport(week, sections);
	}

	private static List<Subject> bySubject(List<ReportLine> lines) {
		Map<String, List<ReportLine>> grouped = new LinkedHashMap<>();
		for (ReportLine line : lines) {
			grouped.computeIfAbsent(line.subject(), subject -> new ArrayList<>()).add(line);
		}
		return grouped.entrySet().stream().map(entry -> new Subject(entry.getKey(), entry.getValue())).toList();
	}
}
