package org.netcase.experiment.outreach.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the outreach experiment's report. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.netcase.experiment.outreach.internal.messages"; //$NON-NLS-1$

	public static String RepliesReport_unnamedExperiment;
	public static String RepliesReport_sent;
	public static String RepliesReport_repliedWithin;
	public static String RepliesReport_repliedLate;
	public static String RepliesReport_medianDays;
	public static String RepliesReport_waiting;
	public static String RepliesReport_noReply;
	public static String RepliesReport_bounced;
	public static String RepliesReport_noRepliesYet;
	public static String RepliesReport_day;
	public static String RepliesReport_days;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
