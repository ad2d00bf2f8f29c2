package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.netcase.ui.internal.NetworkingPerspective;
import org.netcase.ui.internal.views.ContactsView;
import org.netcase.ui.internal.views.OpportunitiesView;
import org.netcase.ui.internal.views.OrganizationsView;
import org.netcase.ui.internal.views.OutreachView;
import org.netcase.ui.internal.views.NetworkTableView;

/** What a newcomer sees on the first start: the Networking perspective with the sample case study. */
class NetworkingPerspectiveTest {

	@Test
	void windowIsTitledNetcaseAndOpensTheNetworkingPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertThat(window.getShell().getText()).isEqualTo("Netcase");
		assertThat(window.getActivePage().getPerspective().getId()).isEqualTo(NetworkingPerspective.ID);
	}

	@Test
	void perspectiveShowsTheFourNetworkViewsAndProperties() {
		for (String id : new String[] { ContactsView.ID, OrganizationsView.ID, OutreachView.ID, OpportunitiesView.ID,
				IPageLayout.ID_PROP_SHEET }) {
			assertThat(UiRobot.page().findView(id)).as("view %s", id).isNotNull();
		}
	}

	@Test
	void sampleCaseStudyFillsTheTables() throws Exception {
		NetworkTableView<?> contacts = (NetworkTableView<?>) UiRobot.page().showView(ContactsView.ID);
		NetworkTableView<?> outreach = (NetworkTableView<?>) UiRobot.page().showView(OutreachView.ID);
		NetworkTableView<?> organizations = (NetworkTableView<?>) UiRobot.page().showView(OrganizationsView.ID);
		UiRobot.processEvents();

		assertThat(contacts.table().getItemCount()).isEqualTo(10);
		assertThat(outreach.table().getItemCount()).isEqualTo(10);
		assertThat(organizations.table().getItemCount()).isGreaterThanOrEqualTo(1);
		assertThat(contacts.table().getItem(0).getText(0)).isNotBlank();
	}
}
