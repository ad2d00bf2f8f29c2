package org.netcase.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.netcase.core.session.NetworkSession;

/**
 * Undo and redo for the whole workbench: every view edits through the one command stack of the
 * open network, so Edit > Undo reverts the last change wherever it was made. The handler
 * follows the stack so the menu item and Ctrl+Z are enabled only when there is something to do.
 */
abstract class CommandStackHandler extends AbstractHandler {

	private final CommandStack stack;
	private final CommandStackListener listener = event -> Display.getDefault().asyncExec(this::updateEnablement);

	CommandStackHandler() {
		stack = PlatformUI.getWorkbench().getService(NetworkSession.class).commandStack();
		stack.addCommandStackListener(listener);
		updateEnablement();
	}

	abstract boolean canRun(CommandStack commandStack);

	abstract void run(CommandStack commandStack);

	@Override
	public final Object execute(ExecutionEvent event) {
		if (canRun(stack)) {
			run(stack);
		}
		return null;
	}

	private void updateEnablement() {
		setBaseEnabled(canRun(stack));
		// Tool items of handlers declared in plugin.xml refresh their enablement only when asked.
		IEventBroker events = PlatformUI.getWorkbench().getService(IEventBroker.class);
		if (events != null) {
			events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	@Override
	public void dispose() {
		stack.removeCommandStackListener(listener);
		super.dispose();
	}
}
