package org.netcase.ui.internal.properties;

import java.util.Date;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;

/** Shows property values as EMF.Edit labels them, except dates, which read as local date and time. */
final class PropertyValueLabels extends LabelProvider {

	private final IItemLabelProvider labels;

	PropertyValueLabels(IItemLabelProvider labels) {
		this.labels = labels;
	}

	@Override
	public String getText(Object value) {
		if (value instanceof Date date) {
			return DateText.format(date);
		}
		return labels.getText(value);
	}
}
