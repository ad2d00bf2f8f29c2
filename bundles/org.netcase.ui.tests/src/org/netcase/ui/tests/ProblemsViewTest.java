package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netcase.core.session.NetworkSession;
import org.netcase.ui.internal.problems.ProblemsView;
import org.netcase.ui.internal.views.ContactsView;
import org.netcase.ui.internal.views.NetworkTableView;

/** A mistake typed in the Properties view shows in the Problems view, with what to do, until it is fixed. */
class ProblemsViewTest {

	@AfterEach
	void undoEverything() {
		NetworkSession session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		while (session.commandStack().canUndo()) {
			session.commandStack().undo();
		}
		UiRobot.processEvents();
	}

	@Test
	void invalidEmailIsReportedWithTheFixAndGoesAwayOnUndo() throws Exception {
		NetworkTableView<?> contacts = (NetworkTableView<?>) UiRobot.page().showView(ContactsView.ID);
		UiRobot.clickToolItem(contacts, "org.netcase.ui.toolbar.newContact");
		UiRobot.editProperty("First Name", "Jane");
		UiRobot.editProperty("Last Name", "Doe");
		UiRobot.editProperty("Emails", "jane@");

		ProblemsView problems = (ProblemsView) UiRobot.page().showView(ProblemsView.ID);
		String expected = "Jane Doe: 'jane@' is not a valid email address. Use the form name@example.com.";
		UiRobot.waitUntil("the Problems view reports the address", () -> rows(problems.table()).contains(expected));

		NetworkSession session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		session.commandStack().undo();
		UiRobot.waitUntil("the problem is gone after undo", () -> !rows(problems.table()).contains(expected));
	}

	@Test
	void selectingAProblemShowsItsObjectInProperties() throws Exception {
		NetworkTableView<?> contacts = (NetworkTableView<?>) UiRobot.page().showView(ContactsView.ID);
		UiRobot.clickToolItem(contacts, "org.netcase.ui.toolbar.newContact");
		UiRobot.editProperty("Emails", "not an address");
		ProblemsView problems = (ProblemsView) UiRobot.page().showView(ProblemsView.ID);
		UiRobot.waitUntil("the Problems view lists the new contact's problems", () -> problems.table().getItemCount() > 0);

		Table table = problems.table();
		int row = rows(table).indexOf(rows(table).stream().filter(text -> text.contains("'not an address'"))
				.findFirst().orElseThrow());
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, new Event());
		UiRobot.processEvents();

		UiRobot.waitUntil("Properties shows the contact's emails", () -> UiRobot.propertyValue("Emails").equals("not an address"));
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			rows.add(table.getItem(i).getText(0));
		}
		return rows;
	}
}
