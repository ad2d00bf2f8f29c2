package org.netcase.experiment.involvement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.netcase.core.reports.Report;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportValue.Quantity;
import org.netcase.core.reports.ReportValue.Text;
import org.netcase.core.reports.ReportWeek;
import org.netcase.experiment.involvement.internal.OrganizationStanding.OpportunityStanding;
import org.netcase.model.Network;
import org.netcase.model.OpportunityStage;
import org.netcase.model.Organization;
import org.netcase.model.provider.NetcaseEditPlugin;

/**
 * "Where each organization stands": for every organization the owner had an opportunity with or gave
 * something to by the week's cutoff, the stage of each opportunity, what moved during the week, and
 * what was given so far.
 */
public final class OrganizationStandingReport implements Report {

	@Override
	public List<ReportLine> compute(Network network, ReportWeek week) {
		List<ReportLine> lines = new ArrayList<>();
		for (Organization organization : network.getOrganizations()) {
			OrganizationStanding standing = OrganizationStanding.of(organization, network, week);
			if (!standing.isEmpty()) {
				addLines(lines, subject(organization), standing);
			}
		}
		return lines;
	}

	private static void addLines(List<ReportLine> lines, String subject, OrganizationStanding standing) {
		for (OpportunityStanding opportunity : standing.stages()) {
			String title = opportunity.opportunity().getTitle();
			String measure = title == null || title.isBlank() ? Messages.StandingReport_stage
					: NLS.bind(Messages.StandingReport_stageOf, title);
			lines.add(new ReportLine(subject, measure, new Text(label(opportunity.stage()))));
		}
		String reached = standing.reachedThisWeek().isEmpty() ? Messages.StandingReport_noStagesReached
				: standing.reachedThisWeek().stream().map(OrganizationStandingReport::label)
						.collect(Collectors.joining(Messages.StandingReport_stageSeparator));
		lines.add(new ReportLine(subject, Messages.StandingReport_reachedThisWeek, new Text(reached)));
		lines.add(new ReportLine(subject, Messages.StandingReport_money, new Quantity(standing.money(), ""))); //$NON-NLS-1$
		lines.add(new ReportLine(subject, Messages.StandingReport_hours,
				new Quantity(standing.hours(), standing.hours().compareTo(BigDecimal.ONE) == 0
						? Messages.StandingReport_hour
						: Messages.StandingReport_hoursUnit)));
		lines.add(new ReportLine(subject, Messages.StandingReport_inKind, new Quantity(standing.inKind(), ""))); //$NON-NLS-1$
	}

	private static String subject(Organization organization) {
		String name = organization.getName();
		return name == null || name.isBlank() ? Messages.StandingReport_unnamedOrganization : name;
	}

	/** The stage as the Properties view shows it, so a report and the editor use the same words. */
	private static String label(OpportunityStage stage) {
		return NetcaseEditPlugin.INSTANCE.getString("_UI_OpportunityStage_" + stage.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
