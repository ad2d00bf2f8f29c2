package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netcase.core.session.NetworkSession;
import org.netcase.model.Contact;
import org.netcase.model.Network;
import org.netcase.ui.internal.views.ContactsView;
import org.netcase.ui.internal.views.NetworkTableView;

/**
 * A user creates a contact with the view's New button, names it in the Properties view, and
 * takes the change back with Undo; the model and the table agree at every step.
 */
class ContactEditingTest {

	private NetworkSession session;
	private Network network;
	private NetworkTableView<?> contactsView;
	private int contactsBefore;

	@BeforeEach
	void showContacts() throws Exception {
		session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		network = session.network();
		contactsView = (NetworkTableView<?>) UiRobot.page().showView(ContactsView.ID);
		contactsView.filterBox().setText("");
		UiRobot.processEvents();
		contactsBefore = network.getContacts().size();
	}

	@AfterEach
	void undoEverything() {
		while (session.commandStack().canUndo()) {
			session.commandStack().undo();
		}
		UiRobot.processEvents();
	}

	@Test
	void newContactButtonAddsARowAndSelectsIt() {
		UiRobot.clickToolItem(contactsView, "org.netcase.ui.toolbar.newContact");

		UiRobot.waitUntil("the table shows the new contact", () -> contactsView.table().getItemCount() == contactsBefore + 1);
		assertThat(network.getContacts()).hasSize(contactsBefore + 1);
		Contact created = network.getContacts().get(network.getContacts().size() - 1);
		assertThat(created.getId()).isNotBlank();
		TableItem[] selected = contactsView.table().getSelection();
		assertThat(selected).hasSize(1);
		assertThat(selected[0].getData()).isSameAs(created);
	}

	@Test
	void editingAFieldInThePropertiesViewChangesModelAndTableAndUndoRestoresBoth() throws Exception {
		UiRobot.clickToolItem(contactsView, "org.netcase.ui.toolbar.newContact");
		Contact created = network.getContacts().get(network.getContacts().size() - 1);
		UiRobot.waitUntil("the Properties view shows the new contact", () -> UiRobot.propertyRow("First Name") != null);

		UiRobot.editProperty("First Name", "Ada");
		UiRobot.editProperty("Business", "Lovelace Analytics");

		assertThat(created.getFirstName()).isEqualTo("Ada");
		assertThat(created.getBusiness()).isEqualTo("Lovelace Analytics");
		UiRobot.waitUntil("the table shows the new name", () -> rowOf(created).getText(0).equals("Ada"));
		assertThat(rowOf(created).getText(1)).isEqualTo("Lovelace Analytics");

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		UiRobot.processEvents();

		assertThat(created.getBusiness()).isNull();
		assertThat(created.getFirstName()).isEqualTo("Ada");
		UiRobot.waitUntil("the table shows the business undone", () -> rowOf(created).getText(1).isEmpty());
		UiRobot.waitUntil("the Properties view shows the business undone", () -> UiRobot.propertyValue("Business").isEmpty());

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
		UiRobot.processEvents();
		assertThat(created.getBusiness()).isEqualTo("Lovelace Analytics");
	}

	@Test
	void invalidDateTypedInThePropertiesViewNeverReachesTheModel() {
		UiRobot.clickToolItem(contactsView, "org.netcase.ui.toolbar.newContact");
		Contact created = network.getContacts().get(network.getContacts().size() - 1);
		UiRobot.editProperty("Last Name", "Lovelace");
		UiRobot.editProperty("Created", "2026-11-02");
		Date typedDate = created.getCreated();

		UiRobot.editProperty("Created", "last tuesday");

		assertThat(created.getLastName()).isEqualTo("Lovelace");
		assertThat(typedDate).isNotNull();
		assertThat(created.getCreated()).isEqualTo(typedDate);
		assertThat(UiRobot.propertyValue("Created")).isEqualTo("2026-11-02");
	}

	@Test
	void undoAndRedoHaveTheUsualKeys() throws ParseException {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertThat(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_UNDO)).contains(keys("M1+Z"));
		assertThat(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_REDO)).contains(keys("M1+M2+Z"), keys("M1+Y"));
	}

	private static KeySequence keys(String sequence) throws ParseException {
		return KeySequence.getInstance(sequence);
	}

	private TableItem rowOf(Contact contact) {
		UiRobot.processEvents();
		for (TableItem item : contactsView.table().getItems()) {
			item.getText(0);
			if (item.getData() == contact) {
				return item;
			}
		}
		throw new AssertionError("No row shows " + contact);
	}
}
