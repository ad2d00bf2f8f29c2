package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.netcase.core.session.NetworkSession;
import org.netcase.model.Contact;
import org.netcase.model.Interaction;
import org.netcase.ui.internal.views.ContactsView;
import org.netcase.ui.internal.views.NetworkTableView;

/** Deleting a contact also clears the references to it, and Undo brings both back. */
class DeleteTest {

	@Test
	void deletingASelectedContactRemovesItsRowAndUndoBringsItBack() throws Exception {
		NetworkSession session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		NetworkTableView<?> contacts = (NetworkTableView<?>) UiRobot.page().showView(ContactsView.ID);
		UiRobot.processEvents();
		Table table = contacts.table();
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		UiRobot.processEvents();
		Contact doomed = (Contact) table.getItem(0).getData();
		Interaction attempt = doomed.getInteractions().get(0);

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_DELETE, null);
		UiRobot.waitUntil("the row is gone", () -> table.getItemCount() == 9);
		assertThat(session.network().getContacts()).doesNotContain(doomed);
		assertThat(attempt.getContact()).isNull();

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		UiRobot.waitUntil("the row is back", () -> table.getItemCount() == 10);
		assertThat(session.network().getContacts()).contains(doomed);
		assertThat(attempt.getContact()).isSameAs(doomed);
	}
}
