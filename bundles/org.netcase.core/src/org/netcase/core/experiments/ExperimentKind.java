package org.netcase.core.experiments;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A kind of experiment declared through the {@code org.netcase.core.experimentKinds} extension point.
 *
 * @param id                     the id experiments of this kind store as their kind id
 * @param name                   the localized name shown to the user
 * @param description            the localized description; empty when the contribution gives none
 * @param defaultTarget          the target a new experiment starts with, if the kind has one
 * @param defaultReplyWindowDays the reply window a new experiment starts with, if the kind waits
 *                               for replies
 * @param iconPath               the icon's path inside the contributing bundle, if any
 * @param contributorId          the symbolic name of the contributing bundle (to load the icon from)
 */
public record ExperimentKind(String id, String name, String description, OptionalInt defaultTarget,
		OptionalInt defaultReplyWindowDays, Optional<String> iconPath, String contributorId) {

	public ExperimentKind {
		Objects.requireNonNull(id);
		Objects.requireNonNull(name);
		Objects.requireNonNull(description);
		Objects.requireNonNull(defaultTarget);
		Objects.requireNonNull(defaultReplyWindowDays);
		Objects.requireNonNull(iconPath);
		Objects.requireNonNull(contributorId);
	}
}
