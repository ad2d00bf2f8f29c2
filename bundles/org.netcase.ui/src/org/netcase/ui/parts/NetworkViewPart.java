package org.netcase.ui.parts;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.netcase.core.session.NetworkSession;
import org.netcase.ui.internal.properties.NetworkPropertySheetPage;

/**
 * A view of the open network, for Netcase's own views and for plug-ins that add one. It finds
 * the session, tells the subclass after every change to the network (at once while the view
 * can be seen, otherwise when it is shown again, so hidden views cost nothing) and edits its
 * selection in the Properties view through undoable commands.
 */
public abstract class NetworkViewPart extends ViewPart {

	private NetworkSession session;
	private Control control;
	private boolean stale;
	private final CommandStackListener commandListener = event -> runInUi(this::commandStackChanged);
	private final IPartListener2 visibility = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference partRef) {
			if (partRef.getPart(false) == NetworkViewPart.this && stale) {
				stale = false;
				networkChanged();
			}
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		session = getSite().getService(NetworkSession.class);
		control = createContents(parent);
		getSite().getPage().addPartListener(visibility);
		session.commandStack().addCommandStackListener(commandListener);
	}

	/** Builds the view's widgets and shows the network as it is now; returns the main control. */
	protected abstract Control createContents(Composite parent);

	/** The network changed; runs on the UI thread, only while the view can be seen. */
	protected abstract void networkChanged();

	/** The open network with its editing domain and command stack. */
	public final NetworkSession session() {
		return session;
	}

	private void commandStackChanged() {
		if (control.isDisposed()) {
			return;
		}
		if (getSite().getPage().isPartVisible(this)) {
			networkChanged();
		} else {
			stale = true;
		}
	}

	private void runInUi(Runnable runnable) {
		if (!control.isDisposed()) {
			control.getDisplay().asyncExec(runnable);
		}
	}

	@Override
	public <A> A getAdapter(Class<A> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new NetworkPropertySheetPage(session));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		control.setFocus();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.commandStack().removeCommandStackListener(commandListener);
			getSite().getPage().removePartListener(visibility);
		}
		super.dispose();
	}
}
