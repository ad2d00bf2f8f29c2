package org.netcase.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the workbench shell; translations go in messages_xx.properties. */
public final class Messages extends NLS {

	public static String windowTitle;
	public static String menuFile;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuHelp;

	static {
		NLS.initializeMessages("org.netcase.ui.internal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
