package org.netcase.core.reports;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;
import org.netcase.model.Network;

/**
 * A report declared in some bundle's plugin.xml. Its class is created on the first
 * {@link #compute}, so listing reports loads no contributed code; a report that cannot be created or
 * that throws is logged and yields nothing, and never stops the other reports.
 */
public final class ReportContribution {

	private final String id;
	private final String name;
	private final String description;
	private final Optional<String> category;
	private final String contributorId;
	private final IConfigurationElement element;

	private boolean creationAttempted;
	private Report report;

	ReportContribution(String id, String name, String description, Optional<String> category,
			String contributorId, IConfigurationElement element) {
		this.id = id;
		this.name = name;
		this.description = description;
		this.category = category;
		this.contributorId = contributorId;
		this.element = element;
	}

	public String id() {
		return id;
	}

	/** The localized title of the report. */
	public String name() {
		return name;
	}

	/** The localized description; empty when the contribution gives none. */
	public String description() {
		return description;
	}

	/** The localized heading to group the report under, if the contribution names one. */
	public Optional<String> category() {
		return category;
	}

	/** The symbolic name of the contributing bundle. */
	public String contributorId() {
		return contributorId;
	}

	/**
	 * Computes the report for the network and week.
	 *
	 * @return the lines, or empty when the report cannot be created or failed (the reason is logged)
	 */
	public Optional<List<ReportLine>> compute(Network network, ReportWeek week) {
		Optional<Report> created = report();
		if (created.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(List.copyOf(created.get().compute(network, week)));
		} catch (RuntimeException | LinkageError failure) {
			ILog.of(getClass()).error(NLS.bind(Messages.Report_computeFailed, id, contributorId), failure);
			return Optional.empty();
		}
	}

	/** Creates the report once; a failure is logged once and remembered, so it is not retried. */
	private synchronized Optional<Report> report() {
		if (!creationAttempted) {
			creationAttempted = true;
			report = create();
		}
		return Optional.ofNullable(report);
	}

	private Report create() {
		try {
			Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
			if (created instanceof Report contributed) {
				return contributed;
			}
			ILog.of(getClass()).error(NLS.bind(Messages.Report_cannotCreate, id, contributorId));
		} catch (CoreException | RuntimeException | LinkageError failure) {
			ILog.of(getClass()).error(NLS.bind(Messages.Report_cannotCreate, id, contributorId), failure);
		}
		return null;
	}
}
