package org.netcase.ui.internal;

import java.time.Clock;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.StoreException;
import org.netcase.ui.internal.store.NetworkFile;
import org.netcase.ui.internal.store.NetworkOpening;
import org.netcase.ui.internal.store.StoreMessages;

/**
 * Opens the user's network, then runs the workbench on it until the user closes the last
 * window. A network that cannot be opened is reported and left as it is; Netcase then quits.
 */
public final class NetcaseApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			NetworkSession session;
			try {
				session = NetworkOpening.open(NetworkFile.resolve(), Clock.systemDefaultZone());
			} catch (StoreException e) {
				MessageDialog.openError(null, StoreMessages.cannotOpenTitle(), StoreMessages.cannotOpen(e));
				return EXIT_OK;
			}
			try {
				int code = PlatformUI.createAndRunWorkbench(display, new NetcaseWorkbenchAdvisor(session));
				return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
			} finally {
				session.dispose();
			}
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
