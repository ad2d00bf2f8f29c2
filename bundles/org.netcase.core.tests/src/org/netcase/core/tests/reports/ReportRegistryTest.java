package org.netcase.core.tests.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.netcase.core.reports.ReportContribution;
import org.netcase.core.reports.ReportLine;
import org.netcase.core.reports.ReportRegistry;
import org.netcase.core.reports.ReportValue.Count;
import org.netcase.core.reports.ReportWeek;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.tests.FixedClock;
import org.netcase.core.tests.LogRecorder;
import org.netcase.model.Network;

class ReportRegistryTest {

	private final ReportRegistry registry = new ReportRegistry(Platform.getExtensionRegistry());
	private final Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
	private final ReportWeek thisWeek = ReportWeek.current(FixedClock.WEDNESDAY_NOON);

	@Test
	void describesAContributedReportWithItsLocalizedNameAndCategory() {
		assertThat(registry.find("org.netcase.core.tests.contactCount")).hasValueSatisfying(report -> {
			assertThat(report.name()).isEqualTo("Contacts in the network");
			assertThat(report.category()).hasValue("Tests");
			assertThat(report.description()).isEmpty();
			assertThat(report.contributorId()).isEqualTo("org.netcase.core.tests");
		});
	}

	@Test
	void createsTheContributedClassAndComputesItsLines() {
		ReportContribution report = registry.find("org.netcase.core.tests.contactCount").orElseThrow();

		assertThat(report.compute(sample, thisWeek)).hasValue(
				List.of(new ReportLine(sample.getName(), ContactCountReport.MEASURE, new Count(10))));
	}

	@Test
	void skipsADeclarationWithoutAClassAndSaysWhichBundleToFix() {
		try (LogRecorder log = new LogRecorder()) {
			ReportRegistry fresh = new ReportRegistry(Platform.getExtensionRegistry());

			assertThat(fresh.find("org.netcase.core.tests.noClass")).isEmpty();
			assertThat(log.messages()).anySatisfy(message -> assertThat(message)
					.contains("org.netcase.core.tests.noClass", "org.netcase.core.tests", "\"class\""));
		}
	}

	@Test
	void aReportWhoseClassCannotBeLoadedYieldsNothingAndIsLogged() {
		try (LogRecorder log = new LogRecorder()) {
			ReportContribution missing = registry.find("org.netcase.core.tests.missingClass").orElseThrow();

			assertThat(missing.compute(sample, thisWeek)).isEmpty();
			assertThat(log.messages()).anySatisfy(message -> assertThat(message)
					.contains("org.netcase.core.tests.missingClass", "could not be created"));
		}
	}

	@Test
	void aReportThatThrowsIsIsolatedFromTheOthers() {
		try (LogRecorder log = new LogRecorder()) {
			assertThat(registry.find("org.netcase.core.tests.failing").orElseThrow().compute(sample, thisWeek))
					.isEmpty();
			assertThat(log.messages())
					.anySatisfy(message -> assertThat(message).contains("org.netcase.core.tests.failing", "failed"));
		}
		assertThat(registry.find("org.netcase.core.tests.contactCount").orElseThrow().compute(sample, thisWeek))
				.isPresent();
	}

	@Test
	void listsTheReportsOfTheBundledExperimentsLikeAnyOtherContribution() {
		assertThat(registry.reports()).extracting(ReportContribution::id).contains(
				"org.netcase.experiment.outreach.repliesWithinWindow",
				"org.netcase.experiment.involvement.organizationStanding");
	}
}
