package org.netcase.ui.internal.store;

import org.eclipse.osgi.util.NLS;

/** User-facing strings about the stored network. */
final class Messages extends NLS {

	public static String cannotOpenTitle;
	public static String cannotOpen;
	public static String notSavedTitle;
	public static String notSaved;
	public static String preferencesDescription;
	public static String networkFileLabel;

	static {
		NLS.initializeMessages("org.netcase.ui.internal.store.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
