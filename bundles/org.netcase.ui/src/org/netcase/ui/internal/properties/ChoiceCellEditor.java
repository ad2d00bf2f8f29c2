package org.netcase.ui.internal.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A drop-down of the values a property may take: enum literals, booleans, or objects of the network. */
final class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> choices;

	ChoiceCellEditor(Composite parent, List<Object> choices, IItemLabelProvider labels) {
		super(parent, labels(choices, labels), SWT.READ_ONLY);
		this.choices = choices;
	}

	private static String[] labels(List<Object> choices, IItemLabelProvider labels) {
		return choices.stream()
				.map(choice -> choice == null ? Messages.noValue : labels.getText(choice))
				.toArray(String[]::new);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Math.max(0, choices.indexOf(value)));
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index < 0 ? null : choices.get(index);
	}
}
