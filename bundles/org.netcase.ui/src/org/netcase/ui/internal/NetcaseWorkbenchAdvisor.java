package org.netcase.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.session.StoreFailureListener;
import org.netcase.ui.internal.store.StoreMessages;

/**
 * Publishes the open network in the workbench context, where every view finds it through
 * {@code getSite().getService(NetworkSession.class)}, and tells the user when a change could not
 * be saved.
 */
final class NetcaseWorkbenchAdvisor extends WorkbenchAdvisor {

	private final NetworkSession session;
	private final StoreFailureListener reportFailure = failure -> {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), StoreMessages.notSavedTitle(),
				StoreMessages.notSaved(failure)));
	};

	NetcaseWorkbenchAdvisor(NetworkSession session) {
		this.session = session;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(false);
	}

	@Override
	public void preStartup() {
		getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class).set(NetworkSession.class, session);
		session.addStoreFailureListener(reportFailure);
	}

	@Override
	public void postShutdown() {
		session.removeStoreFailureListener(reportFailure);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new NetcaseWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return NetworkingPerspective.ID;
	}
}
