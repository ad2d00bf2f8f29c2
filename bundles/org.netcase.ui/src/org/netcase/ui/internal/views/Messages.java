package org.netcase.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the network views. */
final class Messages extends NLS {

	public static String rowCount;
	public static String contactsFilter;
	public static String contactsNoun;
	public static String organizationsFilter;
	public static String organizationsNoun;
	public static String outreachFilter;
	public static String outreachNoun;
	public static String opportunitiesFilter;
	public static String opportunitiesNoun;
	public static String columnName;
	public static String columnBusiness;
	public static String columnRole;
	public static String columnArea;
	public static String columnStage;
	public static String columnOrganization;
	public static String columnLastContacted;
	public static String columnEmail;
	public static String columnKind;
	public static String columnLove;
	public static String columnPeople;
	public static String columnWebsite;
	public static String columnContact;
	public static String columnSubject;
	public static String columnChannel;
	public static String columnStatus;
	public static String columnSent;
	public static String columnReplied;
	public static String columnDaysWaiting;
	public static String columnExperiment;
	public static String columnTitle;
	public static String columnEvent;
	public static String columnNextStep;
	public static String columnDue;

	static {
		NLS.initializeMessages("org.netcase.ui.internal.views.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
