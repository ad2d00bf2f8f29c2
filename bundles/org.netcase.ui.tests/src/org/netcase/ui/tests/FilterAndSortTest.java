package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netcase.ui.internal.views.ContactsView;
import org.netcase.ui.internal.views.NetworkTableView;

/** The filter box narrows a table as the user types, and a header click sorts it. */
class FilterAndSortTest {

	private NetworkTableView<?> contacts;

	@BeforeEach
	void showContacts() throws Exception {
		contacts = (NetworkTableView<?>) UiRobot.page().showView(ContactsView.ID);
		UiRobot.processEvents();
	}

	@AfterEach
	void clearFilter() {
		UiRobot.type(contacts.filterBox(), "");
		UiRobot.waitUntil("all contacts show again", () -> contacts.table().getItemCount() == 10);
	}

	@Test
	void typingInTheFilterBoxShowsOnlyMatchingRows() {
		String business = contacts.table().getItem(3).getText(1);
		UiRobot.type(contacts.filterBox(), business.toUpperCase());

		UiRobot.waitUntil("the table is filtered", () -> contacts.table().getItemCount() < 10);
		for (int row = 0; row < contacts.table().getItemCount(); row++) {
			assertThat(String.join(" ", texts(contacts.table(), row)).toLowerCase()).contains(business.toLowerCase());
		}
		assertThat(contacts.getContentDescription()).startsWith("Showing " + contacts.table().getItemCount() + " of 10");
	}

	@Test
	void clickingAColumnHeaderSortsByItAndClickingAgainReverses() {
		Table table = contacts.table();
		table.getColumn(0).notifyListeners(SWT.Selection, new Event());
		UiRobot.processEvents();
		List<String> ascending = column(table, 0);
		assertThat(ascending).isSortedAccordingTo(Collator.getInstance()::compare);
		assertThat(table.getSortDirection()).isEqualTo(SWT.UP);

		table.getColumn(0).notifyListeners(SWT.Selection, new Event());
		UiRobot.processEvents();
		assertThat(column(table, 0)).containsExactlyElementsOf(ascending.reversed());
		assertThat(table.getSortDirection()).isEqualTo(SWT.DOWN);
	}

	private static List<String> column(Table table, int column) {
		List<String> values = new ArrayList<>();
		for (int row = 0; row < table.getItemCount(); row++) {
			values.add(table.getItem(row).getText(column));
		}
		return values;
	}

	private static List<String> texts(Table table, int row) {
		List<String> values = new ArrayList<>();
		for (int column = 0; column < table.getColumnCount(); column++) {
			values.add(table.getItem(row).getText(column));
		}
		return values;
	}
}
