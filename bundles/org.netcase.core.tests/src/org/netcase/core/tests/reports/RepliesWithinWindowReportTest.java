package org.netcase.core.tests.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netcase.core.tests.reports.ReportAssertions.asText;
import static org.netcase.core.tests.reports.ReportAssertions.compute;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.netcase.core.reports.ReportWeek;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Experiment;
import org.netcase.model.Interaction;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.Network;

class RepliesWithinWindowReportTest {

	private static final String REPORT = "org.netcase.experiment.outreach.repliesWithinWindow";
	private static final String OUTREACH = "Ten emails, nothing asked";

	private final Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);

	@Test
	void thisWeekThreeOfTenRepliedWithinTheWindowAndThreeAreStillWaiting() {
		ReportWeek thisWeek = ReportWeek.current(FixedClock.WEDNESDAY_NOON);

		assertThat(asText(compute(REPORT, sample, thisWeek))).containsExactly(
				OUTREACH + " | Sent | 10",
				OUTREACH + " | Replied within 7 days | 3 of 10",
				OUTREACH + " | Median time to reply | 2 days",
				OUTREACH + " | Waiting, reply window still open | 3 of 10",
				OUTREACH + " | No reply within 7 days | 4 of 10");
	}

	@Test
	void lastWeekIsCountedAsItStoodOnSundayNight() {
		ReportWeek lastWeek = ReportWeek.containing(LocalDate.of(2025, 3, 5), FixedClock.WEDNESDAY_NOON);

		assertThat(asText(compute(REPORT, sample, lastWeek))).containsExactly(
				OUTREACH + " | Sent | 10",
				OUTREACH + " | Replied within 7 days | 3 of 10",
				OUTREACH + " | Median time to reply | 2 days",
				OUTREACH + " | Waiting, reply window still open | 6 of 10",
				OUTREACH + " | No reply within 7 days | 1 of 10");
	}

	@Test
	void theFirstDayCountsOnlyTheTwoEmailsSentThen() {
		ReportWeek firstWeek = ReportWeek.containing(LocalDate.of(2025, 3, 2), FixedClock.WEDNESDAY_NOON);

		assertThat(asText(compute(REPORT, sample, firstWeek))).containsExactly(
				OUTREACH + " | Sent | 2",
				OUTREACH + " | Replied within 7 days | 0 of 2",
				OUTREACH + " | Median time to reply | no replies yet",
				OUTREACH + " | Waiting, reply window still open | 2 of 2",
				OUTREACH + " | No reply within 7 days | 0 of 2");
	}

	@Test
	void aWeekBeforeTheExperimentStartedHasNoLines() {
		ReportWeek before = ReportWeek.containing(LocalDate.of(2025, 2, 20), FixedClock.WEDNESDAY_NOON);

		assertThat(compute(REPORT, sample, before)).isEmpty();
	}

	@Test
	void lateRepliesAndBouncesGetTheirOwnLinesAndAutoRepliesAreNotAnswers() {
		Network network = NetcaseFactory.eINSTANCE.createNetwork();
		Experiment experiment = NetcaseFactory.eINSTANCE.createExperiment();
		experiment.setName("Three emails");
		experiment.setKindId("org.netcase.experiment.outreach");
		experiment.setReplyWindowDays(7);
		network.getExperiments().add(experiment);
		attempt(experiment, AttemptStatus.REPLIED, date(3, 3), date(3, 12));
		attempt(experiment, AttemptStatus.BOUNCED, date(3, 3), null);
		attempt(experiment, AttemptStatus.AUTO_REPLY, date(3, 4), date(3, 4));
		attempt(experiment, AttemptStatus.DRAFT, null, null);

		assertThat(asText(compute(REPORT, network, ReportWeek.current(FixedClock.WEDNESDAY_NOON)))).containsExactly(
				"Three emails | Sent | 3",
				"Three emails | Replied within 7 days | 0 of 3",
				"Three emails | Replied after more than 7 days | 1 of 3",
				"Three emails | Median time to reply | 9 days",
				"Three emails | Waiting, reply window still open | 0 of 3",
				"Three emails | No reply within 7 days | 1 of 3",
				"Three emails | Bounced, never delivered | 1 of 3");
	}

	private static void attempt(Experiment experiment, AttemptStatus status, Date sentAt, Date repliedAt) {
		Interaction attempt = NetcaseFactory.eINSTANCE.createInteraction();
		attempt.setStatus(status);
		attempt.setSentAt(sentAt);
		attempt.setRepliedAt(repliedAt);
		attempt.setExperiment(experiment);
		((Network) experiment.eContainer()).getInteractions().add(attempt);
	}

	private static Date date(int month, int day) {
		return Date.from(ZonedDateTime.of(2025, month, day, 9, 0, 0, 0, FixedClock.ZONE).toInstant());
	}
}
