package org.netcase.experiment.involvement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.netcase.core.reports.ReportWeek;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.GiveBackKind;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.OpportunityStage;
import org.netcase.model.Organization;
import org.netcase.model.StageChange;

/**
 * Where the owner stood with one organization at a week's cutoff.
 *
 * @param stages          each opportunity with the stage it had reached, if it had begun
 * @param reachedThisWeek the stages reached during the week, in date order
 * @param money           money given so far
 * @param hours           hours given so far
 * @param inKind          the value of what was given in kind so far
 */
record OrganizationStanding(List<OpportunityStanding> stages, List<OpportunityStage> reachedThisWeek,
		BigDecimal money, BigDecimal hours, BigDecimal inKind) {

	record OpportunityStanding(Opportunity opportunity, OpportunityStage stage) {
	}

	static OrganizationStanding of(Organization organization, Network network, ReportWeek week) {
		List<OpportunityStanding> stages = new ArrayList<>();
		List<StageChange> thisWeek = new ArrayList<>();
		for (Opportunity opportunity : organization.getOpportunities()) {
			stageAt(opportunity, week).ifPresent(stage -> stages.add(new OpportunityStanding(opportunity, stage)));
			opportunity.getStageHistory().stream().filter(change -> week.contains(change.getDate()))
					.forEach(thisWeek::add);
		}
		thisWeek.sort(Comparator.comparing(StageChange::getDate));
		BigDecimal money = BigDecimal.ZERO;
		BigDecimal hours = BigDecimal.ZERO;
		BigDecimal inKind = BigDecimal.ZERO;
		for (GiveBackEntry entry : network.getGiveBacks()) {
			if (isFor(entry, organization) && week.happenedBy(entry.getDate())) {
				money = money.add(valueIf(entry, GiveBackKind.MONEY));
				inKind = inKind.add(valueIf(entry, GiveBackKind.IN_KIND));
				hours = hours.add(BigDecimal.valueOf(entry.getHours()));
			}
		}
		return new OrganizationStanding(List.copyOf(stages),
				thisWeek.stream().map(StageChange::getStage).toList(), money, hours, inKind);
	}

	boolean isEmpty() {
		return stages.isEmpty() && money.signum() == 0 && hours.signum() == 0 && inKind.signum() == 0;
	}

	/**
	 * The latest stage dated by the cutoff. An opportunity without any history was entered before
	 * stages were tracked: its current stage is all there is to go by.
	 */
	private static Optional<OpportunityStage> stageAt(Opportunity opportunity, ReportWeek week) {
		if (opportunity.getStageHistory().isEmpty()) {
			return Optional.ofNullable(opportunity.getStage());
		}
		return opportunity.getStageHistory().stream().filter(change -> week.happenedBy(change.getDate()))
				.max(Comparator.comparing(StageChange::getDate)).map(StageChange::getStage);
	}

	private static boolean isFor(GiveBackEntry entry, Organization organization) {
		return entry.getToOrganization() == organization
				|| entry.getOpportunity() != null && entry.getOpportunity().getOrganization() == organization;
	}

	private static BigDecimal valueIf(GiveBackEntry entry, GiveBackKind kind) {
		return entry.getKind() == kind && entry.getValue() != null ? entry.getValue() : BigDecimal.ZERO;
	}
}
