package org.netcase.core.tests.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.netcase.core.reports.ReportWeek;
import org.netcase.core.tests.FixedClock;

class ReportWeekTest {

	private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);

	@Test
	void theCurrentWeekStartsOnMondayAndIsSeenFromNow() {
		ReportWeek week = ReportWeek.current(FixedClock.WEDNESDAY_NOON);

		assertThat(week.monday()).isEqualTo(MONDAY);
		assertThat(week.cutoff()).isEqualTo(FixedClock.WEDNESDAY_NOON.instant());
		assertThat(week.end()).isEqualTo(FixedClock.at(2025, 3, 17, 0).instant());
	}

	@Test
	void aWeekThatIsOverIsSeenFromItsEnd() {
		ReportWeek lastWeek = ReportWeek.containing(MONDAY.minusDays(2), FixedClock.WEDNESDAY_NOON);

		assertThat(lastWeek.monday()).isEqualTo(MONDAY.minusWeeks(1));
		assertThat(lastWeek.cutoff()).isEqualTo(lastWeek.end()).isEqualTo(FixedClock.at(2025, 3, 10, 0).instant());
	}

	@Test
	void onlyWhatHappenedBeforeTheCutoffCounts() {
		ReportWeek week = ReportWeek.current(FixedClock.WEDNESDAY_NOON);
		Instant now = FixedClock.WEDNESDAY_NOON.instant();

		assertThat(week.happenedBy(Date.from(now.minusSeconds(60)))).isTrue();
		assertThat(week.happenedBy(Date.from(now.plusSeconds(60)))).isFalse();
		assertThat(week.contains(Date.from(week.start()))).isTrue();
		assertThat(week.contains(Date.from(week.start().minusSeconds(1)))).isFalse();
		assertThat(week.happenedBy(null)).isFalse();
	}

	@Test
	void aWeekMustStartOnMonday() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new ReportWeek(MONDAY.plusDays(1), FixedClock.ZONE, FixedClock.WEDNESDAY_NOON.instant()));
	}
}
