package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;
import org.netcase.model.storage.DeferringObject;

/** Email bodies stay in the file until something asks for one, and nothing about them is lost. */
class DeferredBodiesTest {

	@TempDir
	Path folder;

	private final Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
	private NetworkSession session;
	private Network network;
	private SessionOnDisk onDisk;

	@BeforeEach
	void openStoredSample() throws StoreException {
		Path file = folder.resolve("network.netcase");
		SqliteNetworkStore.create(file, sample).close();
		session = NetworkSession.open(SqliteNetworkStore.open(file));
		network = session.network();
		onDisk = new SessionOnDisk(session);
	}

	@AfterEach
	void dispose() {
		session.dispose();
	}

	@Test
	void aBodyIsReadWhenFirstAskedFor() {
		Interaction email = emailWithBody();
		Interaction original = sample.getInteractions().get(network.getInteractions().indexOf(email));

		assertThat(waiting(email)).isTrue();
		assertThat(email.eIsSet(NetcasePackage.Literals.INTERACTION__BODY)).isTrue();
		assertThat(email.getBody()).isEqualTo(original.getBody()).isNotBlank();
		assertThat(waiting(email)).isFalse();
	}

	@Test
	void aWaitingTextIsSetExactlyWhenTheStoreHoldsOne() {
		for (Interaction email : network.getInteractions()) {
			Interaction original = sample.getInteractions().get(network.getInteractions().indexOf(email));

			assertThat(email.eIsSet(NetcasePackage.Literals.INTERACTION__REPLY_SNIPPET))
					.isEqualTo(original.getReplySnippet() != null);
			assertThat(email.getReplySnippet()).isEqualTo(original.getReplySnippet());
			assertThat(email.getMessageId()).isEqualTo(original.getMessageId());
		}
		assertThat(sample.getInteractions()).anyMatch(email -> email.getReplySnippet() == null)
				.anyMatch(email -> email.getReplySnippet() != null);
	}

	@Test
	void validatingTheNetworkReadsNoBody() {
		long waitingBefore = network.getInteractions().stream().filter(DeferredBodiesTest::waiting).count();

		Diagnostician.INSTANCE.validate(network);

		assertThat(waitingBefore).isPositive();
		assertThat(network.getInteractions().stream().filter(DeferredBodiesTest::waiting).count())
				.isEqualTo(waitingBefore);
	}

	@Test
	void editingABodyUndoesBackToTheStoredText() throws StoreException {
		Interaction email = emailWithBody();
		String stored = sample.getInteractions().get(network.getInteractions().indexOf(email)).getBody();

		onDisk.execute(SetCommand.create(session.editingDomain(), email, NetcasePackage.Literals.INTERACTION__BODY,
				"A shorter note."));
		onDisk.assertDiskEqualsMemory();
		session.commandStack().undo();

		assertThat(email.getBody()).isEqualTo(stored);
		onDisk.assertDiskEqualsMemory();
	}

	@Test
	void aDeletedEmailComesBackWithItsBodyOnUndo() throws StoreException {
		Interaction email = emailWithBody();
		String stored = sample.getInteractions().get(network.getInteractions().indexOf(email)).getBody();

		onDisk.execute(DeleteCommand.create(session.editingDomain(), email));
		session.commandStack().undo();

		assertThat(email.getBody()).isEqualTo(stored);
		onDisk.assertDiskEqualsMemory();
	}

	@Test
	void aBodyAskedForAfterItsStoreClosedFailsInsteadOfReadingAsEmpty() {
		Interaction email = emailWithBody();
		session.store().close();

		IllegalStateException failure = catchThrowableOfType(IllegalStateException.class, email::getBody);

		assertThat(failure).hasMessageContaining("cannot be read").hasMessageContaining("store");
	}

	private Interaction emailWithBody() {
		return network.getInteractions().stream().filter(DeferredBodiesTest::waiting).findFirst().orElseThrow();
	}

	private static boolean waiting(Interaction email) {
		return ((DeferringObject) email).hasDeferredValues();
	}
}
