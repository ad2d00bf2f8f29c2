package org.netcase.core.reports;

import java.util.List;

import org.netcase.model.Network;

/**
 * A weekly report contributed through the {@code org.netcase.core.reports} extension point.
 * Implementations need a public constructor without arguments.
 */
public interface Report {

	/**
	 * Looks at the network as it stood at the end of the given week. Only reads the network: it may
	 * be called from a background job.
	 *
	 * @return the report's lines, grouped by subject in the order they should be shown
	 */
	List<ReportLine> compute(Network network, ReportWeek week);
}
