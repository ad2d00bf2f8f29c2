package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.StoreException;
import org.netcase.model.Network;
import org.netcase.ui.internal.store.NetworkOpening;
import org.netcase.ui.internal.store.StoreMessages;

/** What happens at start: the first start creates the network with the sample; a bad file is left alone. */
class NetworkOpeningTest {

	@TempDir
	Path folder;

	@Test
	void firstStartCreatesTheNetworkWithTheSampleAndTheNextStartReopensIt() throws StoreException {
		Path file = folder.resolve("data").resolve("network.netcase");

		NetworkSession first = NetworkOpening.open(file, Clock.systemDefaultZone());
		Network created = EcoreUtil.copy(first.network());
		first.dispose();
		NetworkSession second = NetworkOpening.open(file, Clock.systemDefaultZone());
		try {
			assertThat(created.getContacts()).hasSize(10);
			assertThat(EcoreUtil.equals(second.network(), created)).as("reopened network equals the created one").isTrue();
		} finally {
			second.dispose();
		}
	}

	@Test
	void aFileThatIsNotANetworkIsReportedAndLeftUnchanged() throws Exception {
		Path notes = folder.resolve("notes.netcase");
		Files.writeString(notes, "Call Sofia about the bakery photos on Thursday.");

		assertThatThrownBy(() -> NetworkOpening.open(notes, Clock.systemDefaultZone()))
				.isInstanceOfSatisfying(StoreException.class, failure -> assertThat(StoreMessages.cannotOpen(failure))
						.contains(notes.toString()).contains("Netcase did not change the file"));
		assertThat(Files.readString(notes)).isEqualTo("Call Sofia about the bakery photos on Thursday.");
	}
}
