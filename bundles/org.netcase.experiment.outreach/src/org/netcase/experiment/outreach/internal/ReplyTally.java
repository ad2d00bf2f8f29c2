package org.netcase.experiment.outreach.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.netcase.core.reports.ReportWeek;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Experiment;
import org.netcase.model.Interaction;

/**
 * Where the attempts of one outreach experiment stood at a week's cutoff. Every sent attempt falls in
 * exactly one group, so the groups add up to {@link #sent()}. Only a person's answer (a reply or a
 * decline) counts as replied: an auto-reply leaves the reply window running.
 *
 * @param sent           attempts sent by the cutoff
 * @param repliedInTime  answered within the reply window
 * @param repliedLate    answered, but after the reply window had closed
 * @param waiting        unanswered, reply window still open
 * @param noReply        unanswered, reply window closed
 * @param bounced        not delivered
 * @param daysToReply    whole days from sending to each answer, sorted
 */
record ReplyTally(int sent, int repliedInTime, int repliedLate, int waiting, int noReply, int bounced,
		List<Long> daysToReply) {

	static ReplyTally of(Experiment experiment, ReportWeek week) {
		Duration window = Duration.ofDays(experiment.getReplyWindowDays());
		int sent = 0, inTime = 0, late = 0, waiting = 0, noReply = 0, bounced = 0;
		List<Long> days = new ArrayList<>();
		for (Interaction attempt : experiment.getAttempts()) {
			if (attempt.getStatus() == AttemptStatus.DRAFT || !week.happenedBy(attempt.getSentAt())) {
				continue;
			}
			sent++;
			Instant sentAt = attempt.getSentAt().toInstant();
			if (attempt.getStatus() == AttemptStatus.BOUNCED) {
				bounced++;
			} else if (isAnswer(attempt.getStatus()) && week.happenedBy(attempt.getRepliedAt())) {
				Duration wait = Duration.between(sentAt, attempt.getRepliedAt().toInstant());
				days.add(wait.toDays());
				if (wait.compareTo(window) <= 0) {
					inTime++;
				} else {
					late++;
				}
			} else if (sentAt.plus(window).isAfter(week.cutoff())) {
				waiting++;
			} else {
				noReply++;
			}
		}
		Collections.sort(days);
		return new ReplyTally(sent, inTime, late, waiting, noReply, bounced, List.copyOf(days));
	}

	/** The median whole days to an answer, or empty when nobody has answered. */
	Optional<BigDecimal> medianDaysToReply() {
		int count = daysToReply.size();
		if (count == 0) {
			return Optional.empty();
		}
		BigDecimal upper = BigDecimal.valueOf(daysToReply.get(count / 2));
		if (count % 2 == 1) {
			return Optional.of(upper);
		}
		BigDecimal lower = BigDecimal.valueOf(daysToReply.get(count / 2 - 1));
		return Optional.of(lower.add(upper).divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP));
	}

	private static boolean isAnswer(AttemptStatus status) {
		return status == AttemptStatus.REPLIED || status == AttemptStatus.DECLINED;
	}
}
