package org.netcase.ui.internal.properties;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.netcase.core.session.NetworkSession;

/**
 * The Properties view page for network objects: edits go through EMF.Edit's property
 * descriptors as commands on the session's stack, and the page refreshes after every command so
 * undo and redo show at once.
 */
public final class NetworkPropertySheetPage extends PropertySheetPage {

	private final NetworkSession session;
	private final CommandStackListener refreshOnCommand = event -> refreshLater();

	public NetworkPropertySheetPage(NetworkSession session) {
		this.session = session;
		setPropertySourceProvider(new ItemPropertySources(session.adapterFactory()));
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		session.commandStack().addCommandStackListener(refreshOnCommand);
	}

	private void refreshLater() {
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					refresh();
				}
			});
		}
	}

	@Override
	public void dispose() {
		session.commandStack().removeCommandStackListener(refreshOnCommand);
		super.dispose();
	}
}
