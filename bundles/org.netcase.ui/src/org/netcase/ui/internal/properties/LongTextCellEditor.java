package org.netcase.ui.internal.properties;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Research notes and email bodies are paragraphs: they are edited in a dialog, not one line. */
final class LongTextCellEditor extends DialogCellEditor {

	private final String propertyName;

	LongTextCellEditor(Composite parent, String propertyName) {
		super(parent);
		this.propertyName = propertyName;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		String current = getValue() == null ? "" : getValue().toString(); //$NON-NLS-1$
		LongTextDialog dialog = new LongTextDialog(cellEditorWindow.getShell(), propertyName, current);
		return dialog.open() == Window.OK ? dialog.text() : null;
	}
}
