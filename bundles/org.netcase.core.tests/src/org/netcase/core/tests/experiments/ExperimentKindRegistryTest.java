package org.netcase.core.tests.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.netcase.core.experiments.ExperimentKind;
import org.netcase.core.experiments.ExperimentKindRegistry;
import org.netcase.core.tests.LogRecorder;

class ExperimentKindRegistryTest {

	private static final String TESTS_BUNDLE = "org.netcase.core.tests";

	private final ExperimentKindRegistry registry = new ExperimentKindRegistry(Platform.getExtensionRegistry());

	@Test
	void readsAValidKindWithItsLocalizedTextsDefaultsAndContributor() {
		assertThat(registry.find("org.netcase.core.tests.coffee")).hasValueSatisfying(kind -> {
			assertThat(kind.name()).isEqualTo("Coffee with a neighbour");
			assertThat(kind.description()).isEqualTo("Invite one business owner nearby for coffee each week.");
			assertThat(kind.defaultTarget()).hasValue(6);
			assertThat(kind.defaultReplyWindowDays()).hasValue(5);
			assertThat(kind.iconPath()).hasValue("icons/coffee.png");
			assertThat(kind.contributorId()).isEqualTo(TESTS_BUNDLE);
		});
	}

	@Test
	void leavesOutDefaultsAKindDoesNotDeclare() {
		assertThat(registry.find("org.netcase.core.tests.withoutDefaults")).hasValueSatisfying(kind -> {
			assertThat(kind.defaultTarget()).isEqualTo(OptionalInt.empty());
			assertThat(kind.defaultReplyWindowDays()).isEqualTo(OptionalInt.empty());
			assertThat(kind.description()).isEmpty();
			assertThat(kind.iconPath()).isEmpty();
		});
	}

	@Test
	void skipsKindsWithoutANameOrWithInvalidNumbers() {
		assertThat(registry.kinds()).extracting(ExperimentKind::id).doesNotContain("org.netcase.core.tests.nameless",
				"org.netcase.core.tests.wordyTarget", "org.netcase.core.tests.zeroWindow");
	}

	@Test
	void keepsTheFirstOfTwoKindsWithTheSameId() {
		assertThat(registry.kinds()).filteredOn(kind -> kind.id().equals("org.netcase.core.tests.coffee"))
				.singleElement().extracting(ExperimentKind::name).isEqualTo("Coffee with a neighbour");
	}

	@Test
	void logsEachSkippedKindWithTheBundleToFixAndWhatToChange() {
		try (LogRecorder log = new LogRecorder()) {
			new ExperimentKindRegistry(Platform.getExtensionRegistry());

			assertThat(log.messages()).filteredOn(message -> message.contains(TESTS_BUNDLE)).hasSize(4)
					.anySatisfy(message -> assertThat(message).contains("nameless", "\"name\""))
					.anySatisfy(message -> assertThat(message).contains("wordyTarget", "defaultTarget", "\"ten\""))
					.anySatisfy(message -> assertThat(message).contains("zeroWindow", "defaultReplyWindowDays"))
					.anySatisfy(message -> assertThat(message).contains("already declares"));
		}
	}

	@Test
	void readsTheKindsOfTheBundledExperimentsLikeAnyOtherContribution() {
		assertThat(registry.find("org.netcase.experiment.outreach")).hasValueSatisfying(kind -> {
			assertThat(kind.name()).isEqualTo("Targeted outreach");
			assertThat(kind.defaultTarget()).hasValue(10);
			assertThat(kind.defaultReplyWindowDays()).hasValue(7);
			assertThat(kind.contributorId()).isEqualTo("org.netcase.experiment.outreach");
		});
		assertThat(registry.find("org.netcase.experiment.involvement"))
				.hasValueSatisfying(kind -> assertThat(kind.description()).contains("give back"));
	}

	@Test
	void theListOfKindsCannotBeChanged() {
		assertThat(registry.kinds()).isUnmodifiable();
	}
}
