package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
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
import org.netcase.model.Contact;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.StageChange;

class CommittedCommandsTest {

	@TempDir
	Path folder;

	private Path file;
	private NetworkSession session;
	private Network network;
	private SessionOnDisk onDisk;

	@BeforeEach
	void openStoredSample() throws StoreException {
		file = folder.resolve("network.netcase");
		SqliteNetworkStore.create(file, SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON)).close();
		session = NetworkSession.open(SqliteNetworkStore.open(file));
		network = session.network();
		onDisk = new SessionOnDisk(session);
	}

	@AfterEach
	void dispose() {
		if (session != null) {
			session.dispose();
		}
	}

	@Test
	void executedUndoneAndRedoneCommandsAreAllOnDisk() throws StoreException {
		Contact rosa = NetcaseFactory.eINSTANCE.createContact();
		rosa.setFirstName("Rosa");
		onDisk.execute(AddCommand.create(session.editingDomain(), network, NetcasePackage.Literals.NETWORK__CONTACTS, rosa, 0));
		onDisk.execute(SetCommand.create(session.editingDomain(), rosa, NetcasePackage.Literals.CONTACT__ORGANIZATION,
				network.getOrganizations().get(0)));
		onDisk.execute(SetCommand.create(session.editingDomain(), network.getContacts().get(3),
				NetcasePackage.Literals.CONTACT__ROLE, "Head baker"));
		onDisk.execute(MoveCommand.create(session.editingDomain(), network, NetcasePackage.Literals.NETWORK__CONTACTS,
				network.getContacts().get(5), 2));
		onDisk.execute(DeleteCommand.create(session.editingDomain(), network.getContacts().get(7)));
		session.commandStack().undo();
		session.commandStack().undo();
		session.commandStack().redo();

		assertThat(network.getContacts().get(0)).isSameAs(rosa);
		onDisk.assertDiskEqualsMemory();
	}

	@Test
	void aDeleteUndoneRestoresTheObjectItsContentsAndItsPlaceOnDisk() throws StoreException {
		Opportunity opportunity = network.getOpportunities().stream()
				.filter(candidate -> !candidate.getStageHistory().isEmpty()).findFirst().orElseThrow();
		StageChange change = NetcaseFactory.eINSTANCE.createStageChange();
		change.setNote("Phoned");
		onDisk.execute(AddCommand.create(session.editingDomain(), opportunity,
				NetcasePackage.Literals.OPPORTUNITY__STAGE_HISTORY, change, 0));
		onDisk.execute(DeleteCommand.create(session.editingDomain(), opportunity));
		onDisk.assertDiskEqualsMemory();

		session.commandStack().undo();

		onDisk.assertDiskEqualsMemory();
	}

	@Test
	void anObjectMovedIntoAContainerWrittenAfterItReadsBackInPlace() throws StoreException {
		Opportunity older = network.getOpportunities().stream()
				.filter(candidate -> !candidate.getStageHistory().isEmpty()).findFirst().orElseThrow();
		StageChange moved = older.getStageHistory().get(0);
		Opportunity newer = NetcaseFactory.eINSTANCE.createOpportunity();
		newer.setTitle("Spring market stall");
		onDisk.execute(AddCommand.create(session.editingDomain(), network,
				NetcasePackage.Literals.NETWORK__OPPORTUNITIES, newer));
		onDisk.execute(AddCommand.create(session.editingDomain(), newer,
				NetcasePackage.Literals.OPPORTUNITY__STAGE_HISTORY, moved));

		assertThat(newer.getStageHistory()).containsExactly(moved);
		onDisk.assertDiskEqualsMemory();
	}

	@Test
	void aFailedCommitUndoesTheCommandInMemoryAndIsReported() {
		List<StoreException> failures = new ArrayList<>();
		session.addStoreFailureListener(failures::add);
		Contact baker = network.getContacts().get(0);
		String role = baker.getRole();
		session.store().close(); // the disk is gone: every commit fails from now on

		onDisk.execute(SetCommand.create(session.editingDomain(), baker, NetcasePackage.Literals.CONTACT__ROLE, "Head baker"));

		assertThat(baker.getRole()).isEqualTo(role);
		assertThat(session.commandStack().canUndo()).isFalse();
		assertThat(session.commandStack().canRedo()).isFalse();
		assertThat(failures).singleElement().satisfies(failure -> {
			assertThat(failure.reason()).isEqualTo(StoreException.Reason.FAILED);
			assertThat(failure.getMessage()).contains(file.toString()).contains("was undone");
		});
	}

	@Test
	void aFailedUndoIsRedoneInMemory() throws StoreException {
		Contact baker = network.getContacts().get(0);
		onDisk.execute(SetCommand.create(session.editingDomain(), baker, NetcasePackage.Literals.CONTACT__ROLE, "Head baker"));
		List<StoreException> failures = new ArrayList<>();
		session.addStoreFailureListener(failures::add);
		session.store().close();

		session.commandStack().undo();

		assertThat(baker.getRole()).isEqualTo("Head baker");
		assertThat(session.commandStack().canUndo()).isTrue();
		assertThat(failures).hasSize(1);
	}
}
