package org.netcase.ui.internal.handlers;

import org.eclipse.emf.common.command.CommandStack;

/** Edit > Redo (Ctrl+Shift+Z or Ctrl+Y): re-applies the change that was last undone. */
public final class RedoHandler extends CommandStackHandler {

	@Override
	boolean canRun(CommandStack commandStack) {
		return commandStack.canRedo();
	}

	@Override
	void run(CommandStack commandStack) {
		commandStack.redo();
	}
}
