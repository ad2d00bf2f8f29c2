package org.netcase.model.edit.internal;

import org.eclipse.osgi.util.NLS;

/** Label texts; see messages.properties for what each placeholder holds. */
public final class Messages extends NLS {

    public static String Unnamed;
    public static String Interaction;
    public static String Interaction_to;
    public static String Interaction_from;
    public static String Interaction_noSubject;
    public static String Channel_EMAIL;
    public static String Channel_PHONE;
    public static String Channel_VISIT;
    public static String Channel_MEETING;
    public static String Channel_EVENT;
    public static String Channel_SOCIAL;
    public static String Channel_LETTER;
    public static String Opportunity;
    public static String Opportunity_withOrganization;
    public static String StageChange;
    public static String GiveBackEntry;
    public static String JournalEntry;
    public static String JournalEntry_week;
    public static String MetricValue;
    public static String MetricValue_outOf;
    public static String FollowUp;
    public static String FollowUp_with;
    public static String FollowUp_due;
    public static String FollowUp_done;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
