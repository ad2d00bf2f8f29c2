package org.netcase.ui.internal.problems;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Problems view. */
final class Messages extends NLS {

	public static String columnDescription;
	public static String columnObject;
	public static String noProblems;
	public static String problemCount;

	static {
		NLS.initializeMessages("org.netcase.ui.internal.problems.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
