package org.netcase.ui.internal.properties;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/** Picks several objects at once, e.g. a contact's tags, from a check list in a dialog. */
final class ChoicesCellEditor extends DialogCellEditor {

	private final String propertyName;
	private final List<?> choices;
	private final IItemLabelProvider labels;

	ChoicesCellEditor(Composite parent, String propertyName, List<?> choices, IItemLabelProvider labels) {
		super(parent);
		this.propertyName = propertyName;
		this.choices = choices;
		this.labels = labels;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ListSelectionDialog dialog = ListSelectionDialog.of(choices)
				.contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(LabelProvider.createTextProvider(labels::getText))
				.title(propertyName)
				.message(NLS.bind(Messages.chooseValues, propertyName))
				.create(cellEditorWindow.getShell());
		if (getValue() instanceof Collection<?> current) {
			dialog.setInitialSelections(current.toArray());
		}
		return dialog.open() == Window.OK ? Arrays.asList(dialog.getResult()) : null;
	}

	@Override
	protected void updateContents(Object value) {
		if (getDefaultLabel() != null) {
			getDefaultLabel().setText(value == null ? "" : labels.getText(value)); //$NON-NLS-1$
		}
	}
}
