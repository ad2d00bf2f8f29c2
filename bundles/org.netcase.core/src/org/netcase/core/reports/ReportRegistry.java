package org.netcase.core.reports;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.netcase.core.internal.ContributionReader;
import org.netcase.core.internal.Contributions;
import org.netcase.core.internal.InvalidContributionException;

/**
 * The reports declared through {@value #EXTENSION_POINT_ID}, read once when the registry is created.
 * Declarations without an id, a name or a class, and repeated ids, are skipped and logged.
 */
public final class ReportRegistry {

	public static final String EXTENSION_POINT_ID = "org.netcase.core.reports"; //$NON-NLS-1$

	private static final String ELEMENT = "report"; //$NON-NLS-1$

	private final List<ReportContribution> reports;

	public ReportRegistry(IExtensionRegistry registry) {
		this.reports = new ContributionReader<>(ELEMENT, ReportRegistry::toContribution, ReportContribution::id)
				.read(registry.getConfigurationElementsFor(EXTENSION_POINT_ID));
	}

	/** The reports declared in the running platform's extension registry. */
	public static ReportRegistry fromPlatform() {
		return new ReportRegistry(RegistryFactory.getRegistry());
	}

	/** Every usable declaration, in the order the registry lists them. */
	public List<ReportContribution> reports() {
		return reports;
	}

	public Optional<ReportContribution> find(String id) {
		return reports.stream().filter(report -> report.id().equals(id)).findFirst();
	}

	private static ReportContribution toContribution(IConfigurationElement element)
			throws InvalidContributionException {
		String id = Contributions.required(element, "id"); //$NON-NLS-1$
		String name = Contributions.required(element, "name"); //$NON-NLS-1$
		Contributions.required(element, "class"); //$NON-NLS-1$
		return new ReportContribution(id, name,
				Contributions.optional(element, "description").orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
				Contributions.optional(element, "category"), //$NON-NLS-1$
				Contributions.contributor(element), element);
	}
}
