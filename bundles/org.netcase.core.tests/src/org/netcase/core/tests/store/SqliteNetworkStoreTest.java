package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.sample.SyntheticNetwork;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.Interaction;
import org.netcase.model.Network;

class SqliteNetworkStoreTest {

	@TempDir
	Path folder;

	@Test
	void theSampleReadsBackEqual() throws StoreException {
		Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		Path file = folder.resolve("network.netcase");

		SqliteNetworkStore.create(file, sample).close();

		assertThat(EcoreUtil.equals(sample, load(file))).isTrue();
	}

	@Test
	void aSyntheticNetworkReadsBackEqualWithListsInOrder() throws StoreException {
		Network network = SyntheticNetwork.generate(300, 30, 3_000, 11, Instant.parse("2026-11-25T12:00:00Z"));
		Path file = folder.resolve("synthetic.netcase");

		SqliteNetworkStore.create(file, network).close();
		Network loaded = load(file);

		assertThat(EcoreUtil.equals(network, loaded)).isTrue();
		assertThat(loaded.getContacts().get(17).getInteractions()).extracting(Interaction::getId)
				.containsExactlyElementsOf(network.getContacts().get(17).getInteractions().stream()
						.map(Interaction::getId).toList());
	}

	@Test
	void creatingOverAnExistingFileIsRefusedAndLeavesItUnchanged() throws Exception {
		Path file = folder.resolve("network.netcase");
		SqliteNetworkStore.create(file, SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON)).close();
		byte[] before = Files.readAllBytes(file);

		StoreException failure = catchThrowableOfType(StoreException.class,
				() -> SqliteNetworkStore.create(file, SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON)));

		assertThat(failure.reason()).isEqualTo(StoreException.Reason.ALREADY_EXISTS);
		assertThat(failure.getMessage()).contains(file.toString()).contains("already exists");
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
	}

	static Network load(Path file) throws StoreException {
		try (SqliteNetworkStore store = SqliteNetworkStore.open(file)) {
			return store.load();
		}
	}
}
