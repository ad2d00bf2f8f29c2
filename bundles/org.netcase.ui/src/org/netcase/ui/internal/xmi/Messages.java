package org.netcase.ui.internal.xmi;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the XMI import and export wizards. */
final class Messages extends NLS {

	public static String browse;
	public static String noFile;
	public static String isFolder;
	public static String noFolder;
	public static String noSuchFile;
	public static String targetExists;
	public static String exportTitle;
	public static String exportDescription;
	public static String exportFile;
	public static String exportFailedTitle;
	public static String exportCancelled;
	public static String importTitle;
	public static String importDescription;
	public static String importFile;
	public static String importFailedTitle;
	public static String importCancelled;
	public static String importDone;

	static {
		NLS.initializeMessages("org.netcase.ui.internal.xmi.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
