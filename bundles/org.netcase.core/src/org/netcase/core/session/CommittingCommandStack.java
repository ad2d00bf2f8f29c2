package org.netcase.core.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.netcase.core.store.NetworkStore;
import org.netcase.core.store.StoreException;

/**
 * A command stack that stores every executed, undone and redone command in one transaction before
 * any listener hears of it, so the workbench never shows a change that is not on disk. When the
 * transaction fails, the step is reverted in memory and the failure reported, so memory and disk
 * never disagree.
 */
final class CommittingCommandStack extends BasicCommandStack {

	private enum Step {
		EXECUTE, UNDO, REDO
	}

	private final List<StoreFailureListener> failureListeners = new CopyOnWriteArrayList<>();
	private NetworkStore store;
	private ChangeTracker tracker;
	private Step step;
	private boolean reverting;

	void connect(NetworkStore store, ChangeTracker tracker) {
		this.store = store;
		this.tracker = tracker;
	}

	void addFailureListener(StoreFailureListener listener) {
		failureListeners.add(listener);
	}

	void removeFailureListener(StoreFailureListener listener) {
		failureListeners.remove(listener);
	}

	@Override
	public void execute(Command command) {
		step = Step.EXECUTE;
		super.execute(command);
	}

	@Override
	public void undo() {
		step = Step.UNDO;
		super.undo();
	}

	@Override
	public void redo() {
		step = Step.REDO;
		super.redo();
	}

	@Override
	protected void notifyListeners() {
		if (reverting) {
			return; // the listeners hear once, after the revert
		}
		if (tracker != null) {
			try {
				store.commit(tracker.takeChanges());
			} catch (StoreException failure) {
				revert();
				failureListeners.forEach(listener -> listener.commitFailed(failure));
			}
		}
		step = null;
		super.notifyListeners();
	}

	private void revert() {
		if (step == null) {
			return; // changes made outside any command: there is no step to take back
		}
		reverting = true;
		try {
			switch (step) {
			case EXECUTE -> {
				super.undo();
				// The command never happened as far as the user is concerned: it must not be redoable.
				Command command = commandList.remove(top + 1);
				command.dispose();
				mostRecentCommand = null;
			}
			case UNDO -> super.redo();
			case REDO -> super.undo();
			}
		} finally {
			reverting = false;
			tracker.forget();
		}
	}
}
