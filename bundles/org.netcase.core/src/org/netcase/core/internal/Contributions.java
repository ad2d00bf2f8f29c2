package org.netcase.core.internal;

import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the attributes of extension-point contributions. Problems are reported to the contribution's
 * author, so every message names the contributing bundle and says what to change in its plugin.xml.
 */
public final class Contributions {

	private static final String NO_ID = "(no id)"; //$NON-NLS-1$

	private Contributions() {
	}

	public static String required(IConfigurationElement element, String attribute)
			throws InvalidContributionException {
		return optional(element, attribute).orElseThrow(() -> new InvalidContributionException(
				NLS.bind(Messages.Contribution_missingAttribute, attribute)));
	}

	/** The attribute's trimmed value, or empty when it is absent or blank. */
	public static Optional<String> optional(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}

	/** An optional whole number of at least 1; anything else present is the author's mistake. */
	public static OptionalInt positiveNumber(IConfigurationElement element, String attribute)
			throws InvalidContributionException {
		Optional<String> text = optional(element, attribute);
		if (text.isEmpty()) {
			return OptionalInt.empty();
		}
		try {
			int number = Integer.parseInt(text.get());
			if (number >= 1) {
				return OptionalInt.of(number);
			}
		} catch (NumberFormatException notANumber) {
			// reported below together with numbers that are too small
		}
		throw new InvalidContributionException(
				NLS.bind(Messages.Contribution_notAPositiveNumber, attribute, text.get()));
	}

	public static String contributor(IConfigurationElement element) {
		return element.getContributor().getName();
	}

	public static void logSkipped(IConfigurationElement element, InvalidContributionException problem) {
		String id = optional(element, "id").orElse(NO_ID); //$NON-NLS-1$
		String extensionPoint = element.getDeclaringExtension().getExtensionPointUniqueIdentifier();
		ILog.of(Contributions.class).warn(NLS.bind(Messages.Contribution_skipped,
				new Object[] { extensionPoint, contributor(element), id, problem.getMessage() }));
	}
}
