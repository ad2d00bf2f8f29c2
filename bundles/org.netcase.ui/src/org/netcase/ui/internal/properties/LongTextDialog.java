package org.netcase.ui.internal.properties;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A resizable dialog with one multi-line text field. */
final class LongTextDialog extends Dialog {

	private final String title;
	private String text;
	private Text field;

	LongTextDialog(Shell parent, String title, String text) {
		super(parent);
		this.title = title;
		this.text = text;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		field = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		field.setText(text);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 260).applyTo(field);
		return area;
	}

	@Override
	protected void okPressed() {
		text = field.getText();
		super.okPressed();
	}

	String text() {
		return text;
	}
}
