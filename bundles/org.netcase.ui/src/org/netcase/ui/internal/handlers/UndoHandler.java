package org.netcase.ui.internal.handlers;

import org.eclipse.emf.common.command.CommandStack;

/** Edit > Undo (Ctrl+Z): reverts the most recent change to the network. */
public final class UndoHandler extends CommandStackHandler {

	@Override
	boolean canRun(CommandStack commandStack) {
		return commandStack.canUndo();
	}

	@Override
	void run(CommandStack commandStack) {
		commandStack.undo();
	}
}
