package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netcase.core.session.NetworkSession;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.reports.internal.ReportsPerspective;
import org.netcase.reports.internal.WeeklyReportView;
import org.netcase.ui.internal.NetworkingPerspective;

/** The Reports perspective shows the experiments' own reports, and follows every change. */
class ReportsPerspectiveTest {

	@AfterEach
	void backToNetworking() throws WorkbenchException {
		NetworkSession session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		while (session.commandStack().canUndo()) {
			session.commandStack().undo();
		}
		PlatformUI.getWorkbench().showPerspective(NetworkingPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
	}

	@Test
	void weeklyReportShowsTheOutreachRepliesAsCountsOfTen() throws WorkbenchException {
		WeeklyReportView view = openReports();

		List<String> rows = rows(view);
		assertThat(rows).anyMatch(row -> row.startsWith("Replies within the window"));
		assertThat(rows).anyMatch(row -> row.startsWith("Where each organization stands"));
		assertThat(rows).contains("Sent = 10");
		assertThat(rows).anyMatch(row -> row.matches("Replied within 7 days = \\d+ of 10"));
	}

	@Test
	void aReplyRecordedInAnotherViewCountsAtOnce() throws WorkbenchException {
		NetworkSession session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		WeeklyReportView view = openReports();
		int repliedBefore = repliedWithinWindow(view);
		Interaction unanswered = session.network().getInteractions().stream()
				.filter(attempt -> attempt.getStatus() == AttemptStatus.NO_REPLY).findFirst().orElseThrow();

		CompoundCommand reply = new CompoundCommand();
		reply.append(SetCommand.create(session.editingDomain(), unanswered, NetcasePackage.Literals.INTERACTION__STATUS,
				AttemptStatus.REPLIED));
		reply.append(SetCommand.create(session.editingDomain(), unanswered, NetcasePackage.Literals.INTERACTION__REPLIED_AT,
				new Date(unanswered.getSentAt().getTime() + Duration.ofDays(1).toMillis())));
		session.commandStack().execute(reply);

		UiRobot.waitUntil("the report counts the new reply", () -> repliedWithinWindow(view) == repliedBefore + 1);
	}

	private static int repliedWithinWindow(WeeklyReportView view) {
		String line = rows(view).stream().filter(row -> row.startsWith("Replied within 7 days = ")).findFirst()
				.orElseThrow(() -> new AssertionError("no 'Replied within 7 days' line"));
		return Integer.parseInt(line.replaceAll("^Replied within 7 days = (\\d+) of \\d+$", "$1"));
	}

	private static WeeklyReportView openReports() throws WorkbenchException {
		PlatformUI.getWorkbench().showPerspective(ReportsPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		UiRobot.processEvents();
		WeeklyReportView view = (WeeklyReportView) UiRobot.page().findView(WeeklyReportView.ID);
		assertThat(view).as("the Weekly Report view is open").isNotNull();
		return view;
	}

	private static List<String> rows(WeeklyReportView view) {
		UiRobot.processEvents();
		List<String> rows = new ArrayList<>();
		collect(view.viewer().getTree().getItems(), rows);
		return rows;
	}

	private static void collect(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			rows.add(item.getText(1).isEmpty() ? item.getText(0) : item.getText(0) + " = " + item.getText(1));
			collect(item.getItems(), rows);
		}
	}
}
