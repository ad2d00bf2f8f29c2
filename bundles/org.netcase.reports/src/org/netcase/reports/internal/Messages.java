package org.netcase.reports.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Reports perspective. */
final class Messages extends NLS {

	public static String weekOf;
	public static String weekRunning;
	public static String previousWeek;
	public static String nextWeek;
	public static String thisWeek;
	public static String columnMeasure;
	public static String columnValue;
	public static String reportFailed;
	public static String noReports;

	static {
		NLS.initializeMessages("org.netcase.reports.internal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
