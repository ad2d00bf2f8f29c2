package org.netcase.core.sample;

import java.math.BigDecimal;
import java.util.Date;

import org.netcase.model.Experiment;
import org.netcase.model.ExperimentStatus;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.GiveBackKind;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.OpportunityKind;
import org.netcase.model.OpportunityStage;
import org.netcase.model.Organization;
import org.netcase.model.OrganizationKind;
import org.netcase.model.StageChange;
import org.netcase.model.Tag;

/**
 * Experiment 2 of the sample: one organization the owner would love to be part of, researched for a
 * day, called and visited, on its way to an in-kind sponsorship.
 */
final class SampleInvolvement {

	static final String KIND_ID = "org.netcase.experiment.involvement";

	private final NetcaseFactory factory = NetcaseFactory.eINSTANCE;
	private final Network network;
	private final SampleTimeline timeline;

	SampleInvolvement(Network network, SampleTimeline timeline) {
		this.network = network;
		this.timeline = timeline;
	}

	Organization build(Tag community) {
		Organization festival = festival(community);
		network.getOrganizations().add(festival);
		Experiment experiment = factory.createExperiment();
		experiment.setName("Join one organization I love");
		experiment.setKindId(KIND_ID);
		experiment.setHypothesis(
				"If I give the Harbour Lights Festival a weekend of photography, I will meet more local business owners there than in a month of emails.");
		experiment.setStart(timeline.daysAgo(10, 8, 0));
		experiment.setEnd(timeline.daysAhead(50, 18, 0));
		experiment.setTarget(1);
		experiment.setStatus(ExperimentStatus.RUNNING);
		network.getExperiments().add(experiment);
		Opportunity sponsorship = sponsorship(festival);
		sponsorship.setExperiment(experiment);
		network.getOpportunities().add(sponsorship);
		network.getGiveBacks().add(officeVisitHelp(sponsorship));
		return festival;
	}

	private Organization festival(Tag community) {
		Organization festival = factory.createOrganization();
		festival.setName("Harbour Lights Festival");
		festival.setKind(OrganizationKind.NONPROFIT);
		festival.setWebsite("https://harbourlightsfestival.example");
		festival.setArea(SampleOutreach.AREA);
		festival.setMission("A free weekend of music, art and food on the quays, run by volunteers every September.");
		festival.setLoveRating(5);
		festival.setBenefitToMe(
				"Meet a hundred local business owners in one weekend, and have my photos in the festival's press kit.");
		festival.setBenefitToThem(
				"Professional photos for sponsors, the press and next year's funding applications; nobody has photographed the festival properly for two years.");
		festival.setHowIGiveBack(
				"Photograph the whole weekend in kind, give them every edited photo with a free licence, and help with the sponsor pack.");
		festival.getTags().add(community);
		return festival;
	}

	private Opportunity sponsorship(Organization festival) {
		Opportunity opportunity = factory.createOpportunity();
		opportunity.setTitle("Official festival photographer (in kind)");
		opportunity.setOrganization(festival);
		opportunity.setKind(OpportunityKind.SPONSORSHIP);
		opportunity.setEventName("Harbour Lights Festival");
		opportunity.setEventDate(timeline.daysAhead(45, 10, 0));
		opportunity.setHours(20);
		opportunity.setInKindValue(new BigDecimal("1200"));
		opportunity.setInKindDescription(
				"Two days of event coverage, 150 edited photos, free licence for press and funding applications.");
		addStage(opportunity, OpportunityStage.BRAINSTORMED, timeline.daysAgo(10, 20, 0),
				"First on my list of five organizations I would love to be part of.");
		addStage(opportunity, OpportunityStage.RESEARCHED, timeline.daysAgo(9, 17, 0),
				"Spent the day reading two years of their newsletters and sponsor lists: no photographer credited.");
		addStage(opportunity, OpportunityStage.CALLED, timeline.daysAgo(6, 10, 30),
				"Called Ingrid, the volunteer coordinator; she invited me to drop by the office.");
		addStage(opportunity, OpportunityStage.VISITED, timeline.daysAgo(2, 15, 0),
				"Visited the festival office. They need photos for the sponsor pack by next month.");
		opportunity.setNextStep("Send Ingrid a one-page proposal: coverage plan and photo licence.");
		opportunity.setNextStepDue(timeline.daysAhead(3, 17, 0));
		return opportunity;
	}

	private void addStage(Opportunity opportunity, OpportunityStage stage, Date date, String note) {
		StageChange change = factory.createStageChange();
		change.setStage(stage);
		change.setDate(date);
		change.setNote(note);
		opportunity.getStageHistory().add(change);
		opportunity.setStage(stage);
	}

	private GiveBackEntry officeVisitHelp(Opportunity sponsorship) {
		GiveBackEntry entry = factory.createGiveBackEntry();
		entry.setKind(GiveBackKind.HOURS);
		entry.setDescription("Helped the team choose photos for their sponsor pack during the office visit.");
		entry.setHours(2);
		entry.setDate(timeline.daysAgo(2, 17, 0));
		entry.setToOrganization(sponsorship.getOrganization());
		entry.setOpportunity(sponsorship);
		return entry;
	}
}
