package org.netcase.experiment.outreach.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.netcase.core.reports.Report;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportValue;
import org.netcase.core.reports.ReportValue.Count;
import org.netcase.core.reports.ReportValue.Quantity;
import org.netcase.core.reports.ReportValue.Share;
import org.netcase.core.reports.ReportValue.Text;
import org.netcase.core.reports.ReportWeek;
import org.netcase.model.Experiment;
import org.netcase.model.Network;

/**
 * "Replies within the window": for each outreach experiment that had started by the week's cutoff,
 * how its sent attempts stood then. Late replies and bounces get a line only when there are some,
 * so the usual report is short; the groups always add up to the number sent.
 */
public final class RepliesWithinWindowReport implements Report {

	static final String OUTREACH_KIND_ID = "org.netcase.experiment.outreach"; //$NON-NLS-1$

	@Override
	public List<ReportLine> compute(Network network, ReportWeek week) {
		List<ReportLine> lines = new ArrayList<>();
		for (Experiment experiment : network.getExperiments()) {
			if (OUTREACH_KIND_ID.equals(experiment.getKindId()) && hasStartedBy(experiment, week)) {
				addLines(lines, experiment, ReplyTally.of(experiment, week));
			}
		}
		return lines;
	}

	private static boolean hasStartedBy(Experiment experiment, ReportWeek week) {
		return experiment.getStart() == null || week.happenedBy(experiment.getStart());
	}

	private static void addLines(List<ReportLine> lines, Experiment experiment, ReplyTally tally) {
		String subject = experiment.getName() == null || experiment.getName().isBlank()
				? Messages.RepliesReport_unnamedExperiment
				: experiment.getName();
		String window = Integer.toString(experiment.getReplyWindowDays());
		int sent = tally.sent();
		lines.add(new ReportLine(subject, Messages.RepliesReport_sent, new Count(sent)));
		lines.add(new ReportLine(subject, NLS.bind(Messages.RepliesReport_repliedWithin, window),
				new Share(tally.repliedInTime(), sent)));
		if (tally.repliedLate() > 0) {
			lines.add(new ReportLine(subject, NLS.bind(Messages.RepliesReport_repliedLate, window),
					new Share(tally.repliedLate(), sent)));
		}
		lines.add(new ReportLine(subject, Messages.RepliesReport_medianDays, median(tally)));
		lines.add(new ReportLine(subject, Messages.RepliesReport_waiting, new Share(tally.waiting(), sent)));
		lines.add(new ReportLine(subject, NLS.bind(Messages.RepliesReport_noReply, window),
				new Share(tally.noReply(), sent)));
		if (tally.bounced() > 0) {
			lines.add(new ReportLine(subject, Messages.RepliesReport_bounced, new Share(tally.bounced(), sent)));
		}
	}

	private static ReportValue median(ReplyTally tally) {
		return tally.medianDaysToReply()
				.<ReportValue>map(days -> new Quantity(days,
						days.compareTo(BigDecimal.ONE) == 0 ? Messages.RepliesReport_day : Messages.RepliesReport_days))
				.orElse(new Text(Messages.RepliesReport_noRepliesYet));
	}
}
