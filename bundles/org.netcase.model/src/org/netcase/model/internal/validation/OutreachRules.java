package org.netcase.model.internal.validation;

import static org.netcase.model.validation.NetcaseModelValidator.END_BEFORE_START;
import static org.netcase.model.validation.NetcaseModelValidator.REPLIED_WITHOUT_REPLY_TIME;
import static org.netcase.model.validation.NetcaseModelValidator.REPLY_BEFORE_SEND;
import static org.netcase.model.validation.NetcaseModelValidator.REPLY_WINDOW_NOT_POSITIVE;
import static org.netcase.model.validation.NetcaseModelValidator.TARGET_NOT_POSITIVE;

import org.eclipse.osgi.util.NLS;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Experiment;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage.Literals;
import org.netcase.model.internal.Formats;

/** Rules for outreach: interactions and the experiments they belong to. */
public final class OutreachRules {

    private OutreachRules() {
    }

    public static void check(Interaction interaction, Issues issues) {
        if (interaction.getSentAt() != null && interaction.getRepliedAt() != null
                && interaction.getRepliedAt().before(interaction.getSentAt())) {
            issues.error(REPLY_BEFORE_SEND,
                    NLS.bind(Messages.ReplyBeforeSend, new Object[] { ObjectNames.of(interaction),
                            Formats.dateTime(interaction.getRepliedAt()), Formats.dateTime(interaction.getSentAt()) }),
                    interaction, Literals.INTERACTION__REPLIED_AT);
        }
        if (interaction.getStatus() == AttemptStatus.REPLIED && interaction.getRepliedAt() == null) {
            // Counts still work without the date, but reply times and days waiting cannot.
            issues.warning(REPLIED_WITHOUT_REPLY_TIME,
                    NLS.bind(Messages.RepliedWithoutReplyTime, ObjectNames.of(interaction)), interaction,
                    Literals.INTERACTION__REPLIED_AT);
        }
    }

    public static void check(Experiment experiment, Issues issues) {
        String name = ObjectNames.of(experiment);
        if (experiment.getStart() != null && experiment.getEnd() != null
                && experiment.getEnd().before(experiment.getStart())) {
            issues.error(END_BEFORE_START, NLS.bind(Messages.EndBeforeStart, new Object[] { name,
                    Formats.date(experiment.getEnd()), Formats.date(experiment.getStart()) }), experiment,
                    Literals.EXPERIMENT__END);
        }
        if (experiment.getTarget() < 0) {
            issues.error(TARGET_NOT_POSITIVE, NLS.bind(Messages.TargetNegative, name, experiment.getTarget()),
                    experiment, Literals.EXPERIMENT__TARGET);
        } else if (experiment.getTarget() == 0) {
            // A new experiment has no target yet; that is unfinished rather than wrong.
            issues.warning(TARGET_NOT_POSITIVE, NLS.bind(Messages.TargetMissing, name), experiment,
                    Literals.EXPERIMENT__TARGET);
        }
        if (experiment.getReplyWindowDays() <= 0) {
            issues.error(REPLY_WINDOW_NOT_POSITIVE,
                    NLS.bind(Messages.ReplyWindowNotPositive, name, experiment.getReplyWindowDays()), experiment,
                    Literals.EXPERIMENT__REPLY_WINDOW_DAYS);
        }
    }
}
