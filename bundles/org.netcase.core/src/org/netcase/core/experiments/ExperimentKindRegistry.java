package org.netcase.core.experiments;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.netcase.core.internal.ContributionReader;
import org.netcase.core.internal.Contributions;
import org.netcase.core.internal.InvalidContributionException;

/**
 * The experiment kinds declared through {@value #EXTENSION_POINT_ID}, read once when the registry is
 * created. Contributions that cannot be used are skipped and logged, so one faulty plug-in never
 * hides the kinds of the others.
 */
public final class ExperimentKindRegistry {

	public static final String EXTENSION_POINT_ID = "org.netcase.core.experimentKinds"; //$NON-NLS-1$

	private static final String ELEMENT = "experimentKind"; //$NON-NLS-1$

	private final List<ExperimentKind> kinds;

	public ExperimentKindRegistry(IExtensionRegistry registry) {
		this.kinds = new ContributionReader<>(ELEMENT, ExperimentKindRegistry::toKind, ExperimentKind::id)
				.read(registry.getConfigurationElementsFor(EXTENSION_POINT_ID));
	}

	/** The kinds declared in the running platform's extension registry. */
	public static ExperimentKindRegistry fromPlatform() {
		return new ExperimentKindRegistry(RegistryFactory.getRegistry());
	}

	/** Every valid kind, in the order the registry lists the contributions. */
	public List<ExperimentKind> kinds() {
		return kinds;
	}

	public Optional<ExperimentKind> find(String id) {
		return kinds.stream().filter(kind -> kind.id().equals(id)).findFirst();
	}

	private static ExperimentKind toKind(IConfigurationElement element) throws InvalidContributionException {
		return new ExperimentKind(
				Contributions.required(element, "id"), //$NON-NLS-1$
				Contributions.required(element, "name"), //$NON-NLS-1$
				Contributions.optional(element, "description").orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
				Contributions.positiveNumber(element, "defaultTarget"), //$NON-NLS-1$
				Contributions.positiveNumber(element, "defaultReplyWindowDays"), //$NON-NLS-1$
				Contributions.optional(element, "icon"), //$NON-NLS-1$
				Contributions.contributor(element));
	}
}
