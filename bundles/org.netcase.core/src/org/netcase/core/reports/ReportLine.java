package org.netcase.core.reports;

import java.util.Objects;

/**
 * One line of a report, such as "Ten emails to neighbours / Replied within 7 days / 3 of 10".
 *
 * @param subject what the line is about (an experiment, an organization); renderers group lines by it
 * @param measure what is counted, localized
 * @param value   the honest value
 */
public record ReportLine(String subject, String measure, ReportValue value) {

	public ReportLine {
		Objects.requireNonNull(subject);
		Objects.requireNonNull(measure);
		Objects.requireNonNull(value);
	}
}
