package org.netcase.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.netcase.ui.internal.problems.ProblemsView;
import org.netcase.ui.internal.views.ContactsView;
import org.netcase.ui.internal.views.OpportunitiesView;
import org.netcase.ui.internal.views.OrganizationsView;
import org.netcase.ui.internal.views.OutreachView;

/** People and organizations on the left, what happens with them on the right, details below. */
public final class NetworkingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.netcase.ui.perspective.networking"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();

		// The editor area stays hidden, so the folders around it share the whole window.
		IFolderLayout details = layout.createFolder("details", IPageLayout.BOTTOM, 0.64f, editorArea); //$NON-NLS-1$
		details.addView(IPageLayout.ID_PROP_SHEET);
		details.addView(ProblemsView.ID);
		details.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);

		IFolderLayout people = layout.createFolder("people", IPageLayout.LEFT, 0.5f, editorArea); //$NON-NLS-1$
		people.addView(ContactsView.ID);
		people.addView(OrganizationsView.ID);

		IFolderLayout activity = layout.createFolder("activity", IPageLayout.RIGHT, 0.5f, editorArea); //$NON-NLS-1$
		activity.addView(OutreachView.ID);
		activity.addView(OpportunitiesView.ID);

		layout.addShowViewShortcut(ContactsView.ID);
		layout.addShowViewShortcut(OrganizationsView.ID);
		layout.addShowViewShortcut(OutreachView.ID);
		layout.addShowViewShortcut(OpportunitiesView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(ProblemsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
	}
}
