package org.netcase.experiment.involvement.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the involvement experiment's report. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.netcase.experiment.involvement.internal.messages"; //$NON-NLS-1$

	public static String StandingReport_unnamedOrganization;
	public static String StandingReport_stage;
	public static String StandingReport_stageOf;
	public static String StandingReport_reachedThisWeek;
	public static String StandingReport_noStagesReached;
	public static String StandingReport_stageSeparator;
	public static String StandingReport_money;
	public static String StandingReport_hours;
	public static String StandingReport_hour;
	public static String StandingReport_hoursUnit;
	public static String StandingReport_inKind;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
