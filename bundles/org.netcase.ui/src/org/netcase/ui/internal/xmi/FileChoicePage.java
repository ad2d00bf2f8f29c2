package org.netcase.ui.internal.xmi;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One file to read or write, typed or browsed for, checked as the user types: the page says what
 * is wrong with the path (the check is the caller's) and the wizard cannot finish until it is right.
 */
final class FileChoicePage extends WizardPage {

	private final String label;
	private final int dialogStyle;
	private final Function<Path, String> problemWith;
	private Text path;

	FileChoicePage(String title, String description, String label, int dialogStyle, Function<Path, String> problemWith) {
		super(title);
		setTitle(title);
		setDescription(description);
		this.label = label;
		this.dialogStyle = dialogStyle;
		this.problemWith = problemWith;
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText(label);
		path = new Text(area, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(path);
		path.addModifyListener(event -> check());
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, event -> browse());
		setControl(area);
		setPageComplete(false);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), dialogStyle);
		dialog.setFilterExtensions(new String[] { "*.xmi", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			path.setText(chosen);
		}
	}

	private void check() {
		String problem = path.getText().isBlank() ? Messages.noFile : problemWith.apply(file());
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Path file() {
		return Path.of(path.getText().strip()).toAbsolutePath();
	}
}
