package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.sample.SyntheticNetwork;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.Contact;
import org.netcase.model.Interaction;
import org.netcase.model.Network;
import org.netcase.model.storage.DeferredValueLoader;

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
	void textsWithQuotesLineBreaksAndAnyScriptAndIdsOfAnyFormReadBackExactly() throws StoreException {
		Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		Contact contact = sample.getContacts().get(0);
		contact.setFirstName("Zoë \"Zo\" 東京 😀");
		contact.setResearchNotes("Line one\nLine\ttwo \\ back\u0001slash\r\n");
		// Ids imported from elsewhere need not be UUIDs; references to them must still resolve.
		contact.setId("baker-1");
		sample.getOrganizations().get(0).setId("ORG 1");
		Path file = folder.resolve("network.netcase");

		SqliteNetworkStore.create(file, sample).close();
		Network loaded = load(file);

		assertThat(EcoreUtil.equals(sample, loaded)).isTrue();
		assertThat(loaded.getContacts().get(0).getInteractions()).isNotEmpty();
	}

	@Test
	void datesReadBackAsTheSameInstantWhateverTheirStoredOffsetOrForm() throws Exception {
		Path file = folder.resolve("network.netcase");
		SqliteNetworkStore.create(file, SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON)).close();
		String first = "(SELECT min(rowid) FROM objects WHERE class LIKE '%#Contact')";
		String second = "(SELECT min(rowid) + 1 FROM objects WHERE class LIKE '%#Contact')";
		StoreFiles.sql(file,
				"UPDATE objects SET data = json_set(data, '$.created', '2025-03-01T10:00:00.000+0530') WHERE rowid = "
						+ first,
				"UPDATE objects SET data = json_set(data, '$.created', '2025-03-01') WHERE rowid = " + second);

		Network loaded = load(file);

		assertThat(loaded.getContacts().get(0).getCreated().toInstant()).isEqualTo(Instant.parse("2025-03-01T04:30:00Z"));
		assertThat(loaded.getContacts().get(1).getCreated())
				.isEqualTo(EcoreUtil.createFromString(EcorePackage.Literals.EDATE, "2025-03-01"));
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
			Network network = store.load();
			// Email bodies are read when first asked for; the network outlives its store here.
			DeferredValueLoader.loadAll(network);
			return network;
		}
	}
}
