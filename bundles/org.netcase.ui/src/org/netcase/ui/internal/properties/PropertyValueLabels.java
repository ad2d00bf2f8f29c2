package org.netcase.ui.internal.properties;

import java.util.Date;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * Shows property values as EMF.Edit labels them, except dates, which read as local date and time,
 * and experiment kinds, which read as the kind's name.
 */
final class PropertyValueLabels extends LabelProvider {

	private final IItemLabelProvider labels;
	private final ExperimentKindChoices experimentKinds;

	/** @param experimentKinds the installed kinds when the property is an experiment's kind, else null */
	PropertyValueLabels(IItemLabelProvider labels, ExperimentKindChoices experimentKinds) {
		this.labels = labels;
		this.experimentKinds = experimentKinds;
	}

	@Override
	public String getText(Object value) {
		if (value instanceof Date date) {
			return DateText.format(date);
		}
		if (experimentKinds != null) {
			return experimentKinds.label(value);
		}
		return labels.getText(value);
	}
}
