package org.netcase.core.tests.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Channel;
import org.netcase.model.Direction;
import org.netcase.model.Experiment;
import org.netcase.model.ExperimentStatus;
import org.netcase.model.Intent;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.OpportunityKind;
import org.netcase.model.OpportunityStage;
import org.netcase.model.StageChange;
import org.netcase.model.validation.NetcaseModelValidator;

class SampleCaseStudyTest {

	private final Network network = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);

	@Test
	void tenGivingEmailsGoToTenDistinctContacts() {
		List<Interaction> emails = outreach().getAttempts();

		assertThat(emails).hasSize(10).allSatisfy(email -> {
			assertThat(email.getChannel()).isEqualTo(Channel.EMAIL);
			assertThat(email.getDirection()).isEqualTo(Direction.OUTBOUND);
			assertThat(email.getIntent()).isEqualTo(Intent.GIVE);
			assertThat(email.getSubject()).isNotBlank();
			assertThat(email.getBody()).contains(email.getPersonalization()).doesNotContain("{");
			assertThat(email.getSentAt()).isBefore(Date.from(FixedClock.WEDNESDAY_NOON.instant()));
		});
		assertThat(emails).extracting(Interaction::getContact).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(network.getContacts()).hasSize(10)
				.allSatisfy(contact -> assertThat(contact.getResearchNotes()).isNotBlank());
	}

	@Test
	void repliesAndOpenWindowsFollowTheSevenDayRule() {
		assertThat(outreach().getAttempts()).extracting(Interaction::getStatus).containsExactly(
				AttemptStatus.REPLIED, AttemptStatus.NO_REPLY, AttemptStatus.AUTO_REPLY, AttemptStatus.NO_REPLY,
				AttemptStatus.REPLIED, AttemptStatus.NO_REPLY, AttemptStatus.REPLIED, AttemptStatus.SENT,
				AttemptStatus.SENT, AttemptStatus.SENT);
		assertThat(outreach().getAttempts()).filteredOn(email -> email.getStatus() == AttemptStatus.REPLIED)
				.allSatisfy(email -> {
					assertThat(email.getRepliedAt()).isAfter(email.getSentAt());
					assertThat(email.getReplySnippet()).isNotBlank();
				});
	}

	@Test
	void theOutreachExperimentAimsForTenWithASevenDayWindow() {
		Experiment outreach = outreach();

		assertThat(outreach.getTarget()).isEqualTo(10);
		assertThat(outreach.getReplyWindowDays()).isEqualTo(7);
		assertThat(outreach.getStatus()).isEqualTo(ExperimentStatus.RUNNING);
		assertThat(outreach.getHypothesis()).isNotBlank();
	}

	@Test
	void oneOrganizationHasAnInKindSponsorshipWithADatedStageHistory() {
		assertThat(network.getOrganizations()).singleElement().satisfies(festival -> {
			assertThat(festival.getLoveRating()).isBetween(1, 5);
			assertThat(festival.getBenefitToMe()).isNotBlank();
			assertThat(festival.getBenefitToThem()).isNotBlank();
			assertThat(festival.getHowIGiveBack()).isNotBlank();
		});
		Opportunity sponsorship = network.getOrganizations().get(0).getOpportunities().get(0);

		assertThat(sponsorship.getKind()).isEqualTo(OpportunityKind.SPONSORSHIP);
		assertThat(sponsorship.getStageHistory()).extracting(StageChange::getStage).containsExactly(
				OpportunityStage.BRAINSTORMED, OpportunityStage.RESEARCHED, OpportunityStage.CALLED,
				OpportunityStage.VISITED);
		assertThat(sponsorship.getStageHistory()).extracting(StageChange::getDate).doesNotContainNull()
				.isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(sponsorship.getStage()).isEqualTo(OpportunityStage.VISITED);
		assertThat(sponsorship.getNextStep()).isNotBlank();
		assertThat(sponsorship.getNextStepDue()).isAfter(Date.from(FixedClock.WEDNESDAY_NOON.instant()));
		assertThat(sponsorship.getExperiment().getKindId()).isEqualTo("org.netcase.experiment.involvement");
	}

	@Test
	void theWeeklyReviewStatesHonestCounts() {
		assertThat(network.getJournalEntries()).singleElement().satisfies(entry -> {
			assertThat(entry.getTitle()).isEqualTo("Two weeks in, now what");
			assertThat(entry.getMetrics()).anySatisfy(metric -> {
				assertThat(metric.getName()).isEqualTo("replied within 7 days");
				assertThat(metric.getCount()).isEqualTo(3);
				assertThat(metric.getOutOf()).isEqualTo(10);
			});
		});
		assertThat(network.getGiveBacks()).isNotEmpty();
		assertThat(network.getTemplates()).hasSize(1);
		assertThat(network.getTags()).isNotEmpty();
		assertThat(network.getFollowUps()).isNotEmpty();
	}

	@Test
	void theModelsValidatorReportsNoErrors() {
		Diagnostic diagnostic = validateInASession(network);

		assertThat(diagnostic.getSeverity()).as(() -> describe(diagnostic)).isLessThan(Diagnostic.ERROR);
	}

	@Test
	void theModelsValidatorWouldCatchABrokenSample() {
		network.getOrganizations().get(0).setLoveRating(9);

		assertThat(validateInASession(network).getSeverity()).isEqualTo(Diagnostic.ERROR);
	}

	/** Validates the way the workbench does: the network open in a session, which registers the model's rules. */
	private static Diagnostic validateInASession(Network network) {
		NetworkSession session = NetworkSession.open(network);
		try {
			assertThat(EValidator.Registry.INSTANCE.getEValidator(NetcasePackage.eINSTANCE))
					.isSameAs(NetcaseModelValidator.INSTANCE);
			return Diagnostician.INSTANCE.validate(network);
		} finally {
			session.dispose();
		}
	}

	private Experiment outreach() {
		return network.getExperiments().stream()
				.filter(experiment -> "org.netcase.experiment.outreach".equals(experiment.getKindId())).findFirst()
				.orElseThrow();
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append('\n').append(child.getSeverity()).append(": ").append(child.getMessage());
		}
		return text.toString();
	}
}
