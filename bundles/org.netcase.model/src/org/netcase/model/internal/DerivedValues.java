package org.netcase.model.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.netcase.model.AttemptStatus;
import org.netcase.model.Contact;
import org.netcase.model.Interaction;

/**
 * Computes the model's derived features. The generated getters call these methods (through
 * GenModel "get" annotations in netcase.ecore), so derived values are never stored.
 */
public final class DerivedValues {

    /** What {@link Interaction#getDaysWaiting()} answers for an interaction that was not sent. */
    public static final int NOT_SENT = -1;

    private DerivedValues() {
    }

    public static String nameOf(Contact contact) {
        return (orEmpty(contact.getFirstName()) + " " + orEmpty(contact.getLastName())).trim();
    }

    public static Date lastContacted(Contact contact) {
        Date latest = null;
        for (Interaction interaction : contact.getInteractions()) {
            Date sentAt = interaction.getSentAt();
            if (isSent(interaction) && (latest == null || sentAt.after(latest))) {
                latest = sentAt;
            }
        }
        return latest;
    }

    public static int daysWaiting(Interaction interaction) {
        if (!isSent(interaction)) {
            return NOT_SENT;
        }
        Instant end = interaction.getRepliedAt() != null ? interaction.getRepliedAt().toInstant()
                : ModelClock.get().instant();
        // A reply dated before the send is invalid data that validation reports; do not show negative waits.
        return (int) Math.max(0, Duration.between(interaction.getSentAt().toInstant(), end).toDays());
    }

    private static boolean isSent(Interaction interaction) {
        return interaction.getSentAt() != null && interaction.getStatus() != AttemptStatus.DRAFT;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
