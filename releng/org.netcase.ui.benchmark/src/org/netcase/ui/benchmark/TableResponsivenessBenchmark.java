package org.netcase.ui.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.netcase.core.sample.SyntheticNetwork;
import org.netcase.core.session.NetworkSession;
import org.netcase.model.Contact;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;
import org.netcase.ui.internal.views.ContactsView;
import org.netcase.ui.internal.views.NetworkTableView;
import org.netcase.ui.internal.views.OrganizationsView;
import org.netcase.ui.internal.views.OutreachView;

/**
 * How the Networking views respond at power-user scale, measured in the running product: a
 * network of 100,000 contacts, 10,000 organizations and 1,000,000 interactions, each figure the
 * median of several runs, from the user's action until the table has painted. Prints figures;
 * asserts nothing about time, since a shared 2-core machine is no stopwatch.
 */
class TableResponsivenessBenchmark {

	private static final int CONTACTS = 100_000;
	private static final int ORGANIZATIONS = 10_000;
	private static final int INTERACTIONS = 1_000_000;
	private static final int RUNS = 7;
	/** The filter box waits this long after the last key before it filters (NetworkTableView). */
	private static final int FILTER_PAUSE_MS = 150;

	private final Display display = Display.getCurrent();
	private final List<String> report = new ArrayList<>();

	@Test
	void measureTablesAtPowerUserScale() throws Exception {
		NetworkSession session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		closeNetworkViews(page);

		long start = System.nanoTime();
		Network big = SyntheticNetwork.generate(CONTACTS, ORGANIZATIONS, INTERACTIONS, 1, Instant.now());
		report.add(String.format("generate network: %d ms (not UI)", millisSince(start)));
		moveInto(session.network(), big);
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		report.add(String.format("heap used with the network loaded: %d MB",
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024)));

		measureOpen(page, OrganizationsView.ID, "Organizations (10,000 rows)");
		measureOpen(page, OutreachView.ID, "Outreach (1,000,000 rows)");
		NetworkTableView<?> contacts = measureOpen(page, ContactsView.ID, "Contacts (100,000 rows)");

		measureFilter(contacts);
		measureSort(contacts.table(), 0, "sort Contacts by Name");
		measureSort(contacts.table(), 5, "sort Contacts by Last contacted");
		measureScroll(contacts.table());
		measureEdit(session, contacts);

		System.out.println("\n=== Netcase table benchmark (medians of " + RUNS + " runs, ms) ===");
		report.forEach(System.out::println);
		System.out.println("=== end ===\n");
	}

	private static void closeNetworkViews(IWorkbenchPage page) {
		for (String id : new String[] { ContactsView.ID, OrganizationsView.ID, OutreachView.ID }) {
			IViewPart view = page.findView(id);
			if (view != null) {
				page.hideView(view);
			}
		}
	}

	/** Moves the generated lists into the session's network without a command: setup, not measured. */
	private static void moveInto(Network target, Network source) {
		target.getOrganizations().addAll(List.copyOf(source.getOrganizations()));
		target.getContacts().addAll(List.copyOf(source.getContacts()));
		target.getInteractions().addAll(List.copyOf(source.getInteractions()));
	}

	private NetworkTableView<?> measureOpen(IWorkbenchPage page, String viewId, String label) throws PartInitException {
		long[] times = new long[RUNS];
		NetworkTableView<?> view = null;
		for (int run = 0; run < RUNS; run++) {
			IViewPart open = page.findView(viewId);
			if (open != null) {
				page.hideView(open);
				settle();
			}
			long start = System.nanoTime();
			view = (NetworkTableView<?>) page.showView(viewId);
			settle();
			times[run] = millisSince(start);
		}
		report.add(String.format("open %s until painted: %d", label, median(times)));
		return view;
	}

	private void measureFilter(NetworkTableView<?> view) {
		String[] filters = { "harbour", "old town", "weber bakery", "no such contact", "ada" };
		long[] times = new long[RUNS];
		for (int run = 0; run < RUNS; run++) {
			String before = view.getContentDescription();
			long start = System.nanoTime();
			view.filterBox().setText(filters[run % filters.length]);
			waitUntil(() -> !view.getContentDescription().equals(before));
			settle();
			times[run] = millisSince(start) - FILTER_PAUSE_MS;
			view.filterBox().setText("");
			waitUntil(() -> view.getContentDescription().equals(before));
			settle();
		}
		report.add(String.format("filter Contacts as you type, after the %d ms typing pause: %d", FILTER_PAUSE_MS,
				median(times)));
	}

	private void measureSort(Table table, int column, String label) {
		long[] times = new long[RUNS];
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			table.getColumn(column).notifyListeners(SWT.Selection, new Event());
			settle();
			times[run] = millisSince(start);
		}
		report.add(String.format("%s (header click): %d", label, median(times)));
	}

	private void measureScroll(Table table) {
		Random random = new Random(5);
		long[] times = new long[RUNS];
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			table.setTopIndex(random.nextInt(table.getItemCount()));
			settle();
			times[run] = millisSince(start);
		}
		report.add(String.format("jump to a random place in Contacts and paint: %d", median(times)));
	}

	/** One edit in the Properties view: a command, after which every open view refreshes. */
	private void measureEdit(NetworkSession session, NetworkTableView<?> contacts) {
		Contact contact = session.network().getContacts().get(CONTACTS / 2);
		long[] times = new long[RUNS];
		for (int run = 0; run < RUNS; run++) {
			Command edit = SetCommand.create(session.editingDomain(), contact, NetcasePackage.Literals.CONTACT__BUSINESS,
					"Benchmark Bakery " + run);
			long start = System.nanoTime();
			session.commandStack().execute(edit);
			settle();
			times[run] = millisSince(start);
		}
		report.add(String.format("edit one contact until all open views show it (%d rows in Contacts): %d",
				contacts.table().getItemCount(), median(times)));
	}

	/** Runs the event loop until nothing is queued and the window has painted. */
	private void settle() {
		do {
			while (display.readAndDispatch()) {
				// drain
			}
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().update();
		} while (display.readAndDispatch());
	}

	private void waitUntil(BooleanSupplier condition) {
		while (!condition.getAsBoolean()) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> { });
				display.sleep();
			}
		}
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
