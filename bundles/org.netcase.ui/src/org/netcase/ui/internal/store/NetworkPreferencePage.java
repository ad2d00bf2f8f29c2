package org.netcase.ui.internal.store;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Netcase: which network file opens at start. */
public final class NetworkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public NetworkPreferencePage() {
		super(GRID);
		setDescription(Messages.preferencesDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.netcase.ui")); //$NON-NLS-1$
	}

	@Override
	protected void createFieldEditors() {
		FileFieldEditor file = new FileFieldEditor(NetworkFile.PREFERENCE, Messages.networkFileLabel, true,
				FileFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
		file.setFileExtensions(new String[] { "*.netcase", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		file.setEmptyStringAllowed(true);
		addField(file);
	}
}
