package org.netcase.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.netcase.core.experiments.ExperimentKind;
import org.netcase.core.experiments.ExperimentKindRegistry;
import org.netcase.model.NetcasePackage;

/**
 * An experiment's kind is the id of a kind some plug-in declares; the user picks it by name
 * from the kinds installed now, and an id whose plug-in is gone still shows as itself.
 */
final class ExperimentKindChoices {

	private final ExperimentKindRegistry registry = ExperimentKindRegistry.fromPlatform();

	static boolean isKindOf(Object feature) {
		return feature == NetcasePackage.Literals.EXPERIMENT__KIND_ID;
	}

	List<Object> ids(Object current) {
		List<Object> ids = new ArrayList<>();
		registry.kinds().forEach(kind -> ids.add(kind.id()));
		if (current != null && !ids.contains(current)) {
			ids.add(current);
		}
		return ids;
	}

	String label(Object id) {
		return id == null ? Messages.noValue
				: registry.find(id.toString()).map(ExperimentKind::name).orElse(id.toString());
	}
}
