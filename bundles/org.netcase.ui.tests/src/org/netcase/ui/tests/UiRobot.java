package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;

/**
 * Drives the real workbench widgets the way a user does, since SWTBot is not on Maven Central:
 * it clicks tool items, types into fields and runs the event loop until the screen caught up.
 */
final class UiRobot {

	private static final long TIMEOUT_MS = 10_000;

	private UiRobot() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop, including timers and async runnables, until the condition holds. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the queue
		}
	}

	/** Clicks the tool item of a view's toolbar that shows the given contribution. */
	static void clickToolItem(IViewPart view, String contributionId) {
		page().activate(view); // a click into a view's toolbar activates the view first
		processEvents();
		IToolBarManager manager = view.getViewSite().getActionBars().getToolBarManager();
		manager.update(true);
		IContributionItem contribution = manager.find(contributionId);
		assertThat(contribution).as("toolbar contribution %s", contributionId).isNotNull();
		ToolItem item = Arrays.stream(((ToolBarManager) manager).getControl().getItems())
				.filter(candidate -> candidate.getData() == contribution)
				.findFirst().orElseThrow(() -> new AssertionError("No tool item for " + contributionId));
		// The workbench refreshes tool item enablement from time to time; ask for it now.
		IEventBroker events = PlatformUI.getWorkbench().getService(IEventBroker.class);
		waitUntil(contributionId + " is enabled", () -> {
			events.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
			return item.isEnabled();
		});
		item.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** The first control of the given type inside {@code parent}, searched depth first. */
	static <C extends Control> C find(Composite parent, Class<C> type) {
		return find(parent, type, control -> true);
	}

	/** The push button labelled {@code label} (mnemonics ignored) inside {@code parent}. */
	static Button button(Composite parent, String label) {
		String wanted = label.replace("&", "");
		return find(parent, Button.class, button -> button.getText().replace("&", "").equals(wanted));
	}

	private static <C extends Control> C find(Composite parent, Class<C> type, Predicate<C> wanted) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && wanted.test(type.cast(child))) {
				return type.cast(child);
			}
			C found = child instanceof Composite composite ? find(composite, type, wanted) : null;
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * Answers the next question dialog (e.g. "Restart now?") with the given button, as the user
	 * would; the dialog opens later, inside a modal loop, so this watches for it from a timer.
	 */
	static void answerNextQuestion(String answer) {
		Display display = Display.getCurrent();
		Runnable[] watch = new Runnable[1];
		watch[0] = () -> {
			for (Shell shell : display.getShells()) {
				Button button = shell.isVisible() ? button(shell, answer) : null;
				if (button != null) {
					button.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			display.timerExec(50, watch[0]);
		};
		display.timerExec(50, watch[0]);
	}

	static void type(Text field, String text) {
		field.setFocus();
		field.setText(text);
		processEvents();
	}

	/** The Properties view's tree, showing the current selection. */
	static Tree propertiesTree() {
		PropertySheet sheet = (PropertySheet) page().findView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		assertThat(sheet).as("Properties view is open").isNotNull();
		return (Tree) sheet.getCurrentPage().getControl();
	}

	static TreeItem propertyRow(String displayName) {
		waitUntil("the Properties view shows " + displayName, () -> findRow(propertiesTree().getItems(), displayName) != null);
		return findRow(propertiesTree().getItems(), displayName);
	}

	private static TreeItem findRow(TreeItem[] items, String displayName) {
		for (TreeItem item : items) {
			if (displayName.equals(item.getText(0))) {
				return item;
			}
			TreeItem inChild = findRow(item.getItems(), displayName);
			if (inChild != null) {
				return inChild;
			}
		}
		return null;
	}

	/**
	 * Edits a property the way a user does: clicks its value (which opens the cell editor),
	 * types the new text and presses Enter.
	 */
	static void editProperty(String displayName, String text) {
		try {
			page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE); // the user brings its tab to front
		} catch (org.eclipse.ui.PartInitException e) {
			throw new AssertionError(e);
		}
		processEvents(); // let the page show the last change first, as it has by the time a user clicks
		Tree tree = propertiesTree();
		TreeItem row = propertyRow(displayName);
		tree.setSelection(row);
		waitUntil(displayName + " is scrolled into view", () -> {
			tree.showItem(row);
			return tree.getItem(valueCellCenter(row)) == row;
		});
		Point center = valueCellCenter(row);
		Event click = new Event();
		click.button = 1;
		click.x = center.x;
		click.y = center.y;
		tree.notifyListeners(SWT.MouseDown, click);
		processEvents();
		// The Properties view disposes a cell editor when it closes, so any text child is the open one.
		Text editor = (Text) Arrays.stream(tree.getChildren())
				.filter(child -> child instanceof Text && !child.isDisposed())
				.findFirst().orElseThrow(() -> new AssertionError("No text editor opened for " + displayName
						+ "; the tree holds " + Arrays.toString(tree.getChildren())));
		editor.setText(text);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
	}

	private static Point valueCellCenter(TreeItem row) {
		Rectangle cell = row.getBounds(1);
		return new Point(cell.x + 4, cell.y + cell.height / 2);
	}

	static String propertyValue(String displayName) {
		return propertyRow(displayName).getText(1);
	}
}
