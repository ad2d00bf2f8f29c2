package org.netcase.ui.internal.store;

import org.eclipse.osgi.util.NLS;
import org.netcase.core.store.StoreException;

/** The dialogs' texts when the network cannot be opened or a change cannot be saved. */
public final class StoreMessages {

	private StoreMessages() {
	}

	public static String cannotOpenTitle() {
		return Messages.cannotOpenTitle;
	}

	public static String cannotOpen(StoreException failure) {
		return NLS.bind(Messages.cannotOpen, failure.getMessage());
	}

	public static String notSavedTitle() {
		return Messages.notSavedTitle;
	}

	public static String notSaved(StoreException failure) {
		return NLS.bind(Messages.notSaved, failure.getMessage());
	}
}
