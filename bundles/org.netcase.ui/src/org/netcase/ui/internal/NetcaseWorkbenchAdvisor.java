package org.netcase.ui.internal;

import java.time.Clock;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;

/**
 * Opens the user's network before the first window appears and publishes it in the workbench
 * context, where every view finds it through {@code getSite().getService(NetworkSession.class)}.
 */
final class NetcaseWorkbenchAdvisor extends WorkbenchAdvisor {

	private NetworkSession session;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(false);
	}

	@Override
	public void preStartup() {
		// Until the persistent store exists, every start shows the sample case study in memory.
		session = NetworkSession.open(SampleCaseStudy.create(Clock.systemDefaultZone()));
		getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class).set(NetworkSession.class, session);
	}

	@Override
	public void postShutdown() {
		if (session != null) {
			session.dispose();
		}
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
