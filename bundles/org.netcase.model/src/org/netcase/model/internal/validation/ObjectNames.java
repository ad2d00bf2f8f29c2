package org.netcase.model.internal.validation;

import org.eclipse.osgi.util.NLS;
import org.netcase.model.Contact;
import org.netcase.model.Experiment;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.Interaction;
import org.netcase.model.Opportunity;
import org.netcase.model.Organization;
import org.netcase.model.Owner;

/** How validation messages name the object they are about, falling back when a name is missing. */
final class ObjectNames {

    private ObjectNames() {
    }

    static String of(Owner owner) {
        return orElse(owner.getName(), Messages.Name_Owner);
    }

    static String of(Contact contact) {
        return orElse(contact.getName(), Messages.Name_Contact);
    }

    static String of(Organization organization) {
        return orElse(organization.getName(), Messages.Name_Organization);
    }

    static String of(Interaction interaction) {
        String subject = interaction.getSubject();
        String counterpart = counterpartOf(interaction);
        if (isBlank(subject)) {
            return counterpart == null ? Messages.Name_Interaction
                    : NLS.bind(Messages.Name_InteractionWithCounterpart, counterpart);
        }
        return counterpart == null ? NLS.bind(Messages.Name_InteractionWithSubject, subject)
                : NLS.bind(Messages.Name_InteractionWithSubjectAndCounterpart, subject, counterpart);
    }

    static String of(Opportunity opportunity) {
        return orElse(opportunity.getTitle(), Messages.Name_Opportunity);
    }

    static String of(GiveBackEntry giveBack) {
        return orElse(giveBack.getDescription(), Messages.Name_GiveBackEntry);
    }

    static String of(Experiment experiment) {
        return orElse(experiment.getName(), Messages.Name_Experiment);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String counterpartOf(Interaction interaction) {
        if (interaction.getContact() != null && !isBlank(interaction.getContact().getName())) {
            return interaction.getContact().getName();
        }
        if (interaction.getOrganization() != null && !isBlank(interaction.getOrganization().getName())) {
            return interaction.getOrganization().getName();
        }
        return null;
    }

    private static String orElse(String name, String fallback) {
        return isBlank(name) ? fallback : name.strip();
    }
}
