package org.netcase.model.edit.internal;

import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.netcase.model.Channel;
import org.netcase.model.Contact;
import org.netcase.model.Direction;
import org.netcase.model.EmailTemplate;
import org.netcase.model.Experiment;
import org.netcase.model.FollowUp;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.Interaction;
import org.netcase.model.JournalEntry;
import org.netcase.model.MetricValue;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.Organization;
import org.netcase.model.Owner;
import org.netcase.model.StageChange;
import org.netcase.model.Tag;
import org.netcase.model.internal.Formats;
import org.netcase.model.provider.NetcaseEditPlugin;

/** The text people see for a model object: "Jane Doe", "Email to Jane Doe: Coffee? (sent)". */
public final class Labels {

    private Labels() {
    }

    public static String of(EObject object) {
        return switch (object) {
            case Network network -> nameOr(network.getName(), "Network");
            case Owner owner -> nameOr(owner.getName(), "Owner");
            case Contact contact -> nameOr(contact.getName(), "Contact");
            case Organization organization -> nameOr(organization.getName(), "Organization");
            case Interaction interaction -> of(interaction);
            case Opportunity opportunity -> of(opportunity);
            case StageChange change -> of(change);
            case Experiment experiment -> nameOr(experiment.getName(), "Experiment");
            case GiveBackEntry giveBack -> of(giveBack);
            case JournalEntry entry -> of(entry);
            case MetricValue metric -> of(metric);
            case EmailTemplate template -> nameOr(template.getName(), "EmailTemplate");
            case Tag tag -> nameOr(tag.getName(), "Tag");
            case FollowUp followUp -> of(followUp);
            default -> String.valueOf(object);
        };
    }

    private static String of(Interaction interaction) {
        String channel = channelName(interaction.getChannel());
        String counterpart = counterpartOf(interaction.getContact(), interaction.getOrganization());
        String channelAndCounterpart = counterpart == null ? channel
                : NLS.bind(interaction.getDirection() == Direction.INBOUND ? Messages.Interaction_from
                        : Messages.Interaction_to, channel, counterpart);
        String subject = isBlank(interaction.getSubject()) ? Messages.Interaction_noSubject
                : interaction.getSubject().strip();
        return NLS.bind(Messages.Interaction, new Object[] { channelAndCounterpart, subject,
                interaction.getStatus().getLiteral() });
    }

    private static String of(Opportunity opportunity) {
        String title = nameOr(opportunity.getTitle(), "Opportunity");
        Organization organization = opportunity.getOrganization();
        String stage = opportunity.getStage().getLiteral();
        return organization == null || isBlank(organization.getName()) ? NLS.bind(Messages.Opportunity, title, stage)
                : NLS.bind(Messages.Opportunity_withOrganization,
                        new Object[] { title, stage, organization.getName().strip() });
    }

    private static String of(StageChange change) {
        String stage = capitalized(change.getStage());
        return change.getDate() == null ? stage : NLS.bind(Messages.StageChange, stage, Formats.date(change.getDate()));
    }

    private static String of(GiveBackEntry giveBack) {
        String kind = capitalized(giveBack.getKind());
        return isBlank(giveBack.getDescription()) ? kind
                : NLS.bind(Messages.GiveBackEntry, kind, giveBack.getDescription().strip());
    }

    private static String of(JournalEntry entry) {
        Date weekStart = entry.getWeekStart();
        if (weekStart == null) {
            return nameOr(entry.getTitle(), "JournalEntry");
        }
        String week = Formats.date(weekStart);
        return isBlank(entry.getTitle()) ? NLS.bind(Messages.JournalEntry_week, week)
                : NLS.bind(Messages.JournalEntry, week, entry.getTitle().strip());
    }

    private static String of(MetricValue metric) {
        String name = nameOr(metric.getName(), "MetricValue");
        if (metric.getOutOf() > 0) {
            return NLS.bind(Messages.MetricValue_outOf, new Object[] { name, metric.getCount(), metric.getOutOf() });
        }
        String value = isBlank(metric.getText()) ? String.valueOf(metric.getCount()) : metric.getText().strip();
        return NLS.bind(Messages.MetricValue, name, value);
    }

    private static String of(FollowUp followUp) {
        String counterpart = counterpartOf(followUp.getContact(), followUp.getOrganization());
        String what = !isBlank(followUp.getNote()) ? followUp.getNote().strip()
                : counterpart == null ? Messages.FollowUp : NLS.bind(Messages.FollowUp_with, counterpart);
        String label = followUp.getDue() == null ? what
                : NLS.bind(Messages.FollowUp_due, what, Formats.date(followUp.getDue()));
        return followUp.isDone() ? NLS.bind(Messages.FollowUp_done, label) : label;
    }

    private static String channelName(Channel channel) {
        return switch (channel) {
            case EMAIL -> Messages.Channel_EMAIL;
            case PHONE -> Messages.Channel_PHONE;
            case VISIT -> Messages.Channel_VISIT;
            case MEETING -> Messages.Channel_MEETING;
            case EVENT -> Messages.Channel_EVENT;
            case SOCIAL -> Messages.Channel_SOCIAL;
            case LETTER -> Messages.Channel_LETTER;
        };
    }

    private static String counterpartOf(Contact contact, Organization organization) {
        if (contact != null && !isBlank(contact.getName())) {
            return contact.getName();
        }
        return organization != null && !isBlank(organization.getName()) ? organization.getName().strip() : null;
    }

    /** Enum literals are lower case for files ("in-kind"); a label starts with a capital ("In-kind"). */
    private static String capitalized(Enumerator literal) {
        String text = literal.getLiteral();
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** @param typeName the class name, whose display name the generated plugin.properties holds */
    private static String nameOr(String name, String typeName) {
        return isBlank(name) ? NLS.bind(Messages.Unnamed, NetcaseEditPlugin.INSTANCE.getString("_UI_" + typeName + "_type"))
                : name.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
