package org.netcase.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;

/**
 * Turns the elements of one extension point into values, skipping and logging each element that
 * cannot be used, including one whose id an earlier element already declared (the first one wins).
 *
 * @param <T> the value one element describes
 */
public final class ContributionReader<T> {

	/** Reads one element; throws with a message telling the contribution's author what to fix. */
	@FunctionalInterface
	public interface ElementParser<T> {
		T parse(IConfigurationElement element) throws InvalidContributionException;
	}

	private final String elementName;
	private final ElementParser<T> parser;
	private final Function<T, String> idOf;

	public ContributionReader(String elementName, ElementParser<T> parser, Function<T, String> idOf) {
		this.elementName = elementName;
		this.parser = parser;
		this.idOf = idOf;
	}

	/** The usable values, in the order of the elements, as an immutable list. */
	public List<T> read(IConfigurationElement[] elements) {
		Map<String, String> contributorById = new HashMap<>();
		List<T> result = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			if (!elementName.equals(element.getName())) {
				continue;
			}
			try {
				T value = parser.parse(element);
				String earlier = contributorById.putIfAbsent(idOf.apply(value), Contributions.contributor(element));
				if (earlier != null) {
					throw new InvalidContributionException(NLS.bind(Messages.Contribution_duplicateId, earlier));
				}
				result.add(value);
			} catch (InvalidContributionException problem) {
				Contributions.logSkipped(element, problem);
			}
		}
		return List.copyOf(result);
	}
}
