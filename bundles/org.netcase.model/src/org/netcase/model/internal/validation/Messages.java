package org.netcase.model.internal.validation;

import org.eclipse.osgi.util.NLS;

/** The texts of validation messages; see messages.properties for what each placeholder holds. */
public final class Messages extends NLS {

    public static String InvalidEmail;
    public static String ReplyBeforeSend;
    public static String RepliedWithoutReplyTime;
    public static String NegativeAmount;
    public static String Amount_money;
    public static String Amount_hours;
    public static String Amount_inKindValue;
    public static String Amount_value;
    public static String LoveRatingOutOfRange;
    public static String EndBeforeStart;
    public static String TargetNegative;
    public static String TargetMissing;
    public static String ReplyWindowNotPositive;
    public static String ContactWithoutName;
    public static String ContactWithoutNameWithEmail;
    public static String OrganizationWithoutName;
    public static String OrganizationWithoutNameWithWebsite;

    public static String Name_Owner;
    public static String Name_Contact;
    public static String Name_Organization;
    public static String Name_InteractionWithSubjectAndCounterpart;
    public static String Name_InteractionWithSubject;
    public static String Name_InteractionWithCounterpart;
    public static String Name_Interaction;
    public static String Name_Opportunity;
    public static String Name_GiveBackEntry;
    public static String Name_Experiment;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
