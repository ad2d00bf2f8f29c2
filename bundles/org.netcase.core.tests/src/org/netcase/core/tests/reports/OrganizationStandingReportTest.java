package org.netcase.core.tests.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netcase.core.tests.reports.ReportAssertions.asText;
import static org.netcase.core.tests.reports.ReportAssertions.compute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.netcase.core.reports.ReportWeek;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.GiveBackKind;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.Network;
import org.netcase.model.Organization;

class OrganizationStandingReportTest {

	private static final String REPORT = "org.netcase.experiment.involvement.organizationStanding";
	private static final String FESTIVAL = "Harbour Lights Festival";
	private static final String STAGE = FESTIVAL + " | Stage: Official festival photographer (in kind) | ";

	private final Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);

	@Test
	void thisWeekTheFestivalWasVisitedAndGivenTwoHours() {
		ReportWeek thisWeek = ReportWeek.current(FixedClock.WEDNESDAY_NOON);

		assertThat(asText(compute(REPORT, sample, thisWeek))).containsExactly(
				STAGE + "visited",
				FESTIVAL + " | Stages reached this week | visited",
				FESTIVAL + " | Money given so far | 0",
				FESTIVAL + " | Hours given so far | 2 hours",
				FESTIVAL + " | Value given in kind so far | 0");
	}

	@Test
	void lastWeekTheFestivalWasResearchedAndCalledAndNothingWasGivenYet() {
		ReportWeek lastWeek = ReportWeek.containing(LocalDate.of(2025, 3, 5), FixedClock.WEDNESDAY_NOON);

		assertThat(asText(compute(REPORT, sample, lastWeek))).containsExactly(
				STAGE + "called",
				FESTIVAL + " | Stages reached this week | researched, called",
				FESTIVAL + " | Money given so far | 0",
				FESTIVAL + " | Hours given so far | 0 hours",
				FESTIVAL + " | Value given in kind so far | 0");
	}

	@Test
	void moneyAndInKindGivingAddUpPerOrganizationAndGiftsToPeopleAreLeftOut() {
		Organization festival = sample.getOrganizations().get(0);
		give(GiveBackKind.MONEY, "150", festival);
		give(GiveBackKind.IN_KIND, "300", festival);

		assertThat(asText(compute(REPORT, sample, ReportWeek.current(FixedClock.WEDNESDAY_NOON)))).contains(
				FESTIVAL + " | Money given so far | 150",
				FESTIVAL + " | Value given in kind so far | 300");
	}

	@Test
	void anOrganizationWithNothingGoingOnIsLeftOut() {
		Organization club = NetcaseFactory.eINSTANCE.createOrganization();
		club.setName("Rowing club");
		sample.getOrganizations().add(club);

		assertThat(compute(REPORT, sample, ReportWeek.current(FixedClock.WEDNESDAY_NOON)))
				.noneSatisfy(line -> assertThat(line.subject()).isEqualTo("Rowing club"));
	}

	private void give(GiveBackKind kind, String value, Organization to) {
		GiveBackEntry entry = NetcaseFactory.eINSTANCE.createGiveBackEntry();
		entry.setKind(kind);
		entry.setValue(new BigDecimal(value));
		entry.setToOrganization(to);
		entry.setDate(Date.from(FixedClock.WEDNESDAY_NOON.instant().minusSeconds(3600)));
		sample.getGiveBacks().add(entry);
	}
}
