package org.netcase.core.tests.crash;

import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.netcase.core.session.NetworkSession;
import org.netcase.model.Contact;
import org.netcase.model.Interaction;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage.Literals;
import org.netcase.model.Network;

/**
 * The edits of a burst: edit number n depends only on the seed, n and the network, and every edit
 * changes the network, so the test can replay a burst in memory and tell how far it got on disk.
 */
final class BurstEdits {

	private final NetworkSession session;
	private final long seed;

	BurstEdits(NetworkSession session, long seed) {
		this.session = session;
		this.seed = seed;
	}

	void apply(int number) {
		Random random = new Random(seed * 1_000_003L + number);
		Network network = session.network();
		EditingDomain domain = session.editingDomain();
		CommandStack stack = session.commandStack();
		int contacts = network.getContacts().size();
		switch (random.nextInt(10)) {
		case 0, 1 -> {
			Contact contact = NetcaseFactory.eINSTANCE.createContact();
			contact.setId("burst-" + seed + "-" + number);
			contact.setFirstName("Contact " + number);
			contact.getEmails().add("c" + number + "@example.org");
			execute(AddCommand.create(domain, network, Literals.NETWORK__CONTACTS, contact, random.nextInt(contacts + 1)));
		}
		case 2 -> {
			Interaction interaction = NetcaseFactory.eINSTANCE.createInteraction();
			interaction.setId("burst-" + seed + "-" + number);
			interaction.setSubject("Hello " + number);
			interaction.setBody("A body with \"quotes\", a newline\nand a tab\t for edit " + number);
			CompoundCommand add = new CompoundCommand();
			add.append(AddCommand.create(domain, network, Literals.NETWORK__INTERACTIONS, interaction));
			add.append(SetCommand.create(domain, interaction, Literals.INTERACTION__CONTACT,
					network.getContacts().get(random.nextInt(contacts))));
			execute(add);
		}
		case 3, 4 -> execute(SetCommand.create(domain, network.getContacts().get(random.nextInt(contacts)),
				Literals.CONTACT__ROLE, "Role " + number));
		case 5 -> {
			Contact contact = network.getContacts().get(random.nextInt(contacts));
			Object organization = contact.getOrganization() == null ? network.getOrganizations().get(0) : null;
			execute(SetCommand.create(domain, contact, Literals.CONTACT__ORGANIZATION, organization));
		}
		case 6 -> {
			if (contacts > 3) {
				execute(DeleteCommand.create(domain, network.getContacts().get(random.nextInt(contacts))));
			} else {
				execute(SetCommand.create(domain, network, Literals.NETWORK__NAME, "Network " + number));
			}
		}
		case 7 -> {
			int from = random.nextInt(contacts);
			int to = (from + 1 + random.nextInt(contacts - 1)) % contacts;
			execute(MoveCommand.create(domain, network, Literals.NETWORK__CONTACTS, network.getContacts().get(from), to));
		}
		case 8 -> {
			if (stack.canUndo()) {
				stack.undo();
			} else {
				execute(SetCommand.create(domain, network, Literals.NETWORK__NAME, "Network " + number));
			}
		}
		default -> {
			if (stack.canRedo()) {
				stack.redo();
			} else {
				execute(SetCommand.create(domain, network, Literals.NETWORK__NAME, "Network " + number));
			}
		}
		}
	}

	private void execute(Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException("A burst edit cannot execute: " + command.getLabel());
		}
		session.commandStack().execute(command);
	}
}
