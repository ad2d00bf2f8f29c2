package org.netcase.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.xmi.NetworkXmi;
import org.netcase.model.Network;
import org.netcase.ui.internal.store.NetworkFile;
import org.netcase.ui.internal.xmi.ExportNetworkWizard;
import org.netcase.ui.internal.xmi.ImportNetworkWizard;

/** File > Export and File > Import of a whole network as XMI, through the real wizards. */
class XmiWizardsTest {

	@TempDir
	Path folder;

	@Test
	void exportWritesTheWholeNetworkAndImportStoresItAsANewNetworkFile() throws Exception {
		NetworkSession session = PlatformUI.getWorkbench().getService(NetworkSession.class);
		Path xmi = folder.resolve("maya.xmi");

		ExportNetworkWizard export = new ExportNetworkWizard();
		export.init(PlatformUI.getWorkbench(), null);
		finish(export, xmi.toString());
		assertThat(xmi).exists();
		Network exported = NetworkXmi.importNetwork(xmi, new NullProgressMonitor());
		assertThat(EcoreUtil.equals(exported, session.network())).as("exported network equals the open one").isTrue();

		Path before = NetworkFile.resolve();
		ImportNetworkWizard importing = new ImportNetworkWizard();
		importing.init(PlatformUI.getWorkbench(), null);
		UiRobot.answerNextQuestion("No");
		finish(importing, xmi.toString());

		Path stored = folder.resolve("maya.netcase");
		assertThat(stored).exists();
		try (SqliteNetworkStore store = SqliteNetworkStore.open(stored)) {
			assertThat(EcoreUtil.equals(store.load(), session.network())).as("imported network equals the open one").isTrue();
		}
		assertThat(NetworkFile.resolve()).as("the -network argument still wins for this run").isEqualTo(before);
	}

	@Test
	void importRefusesToOverwriteAnExistingNetworkFile() throws Exception {
		Path xmi = folder.resolve("old.xmi");
		Files.writeString(xmi, "<xmi/>");
		Path existing = folder.resolve("old.netcase");
		Files.writeString(existing, "precious");

		ImportNetworkWizard importing = new ImportNetworkWizard();
		importing.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = open(importing);
		UiRobot.type(UiRobot.find(dialog.getShell(), Text.class), xmi.toString());

		assertThat(dialog.getCurrentPage().getErrorMessage()).contains("never overwrites");
		assertThat(finishButton(dialog).isEnabled()).isFalse();
		dialog.close();
		assertThat(Files.readString(existing)).isEqualTo("precious");
	}

	private static void finish(IWizard wizard, String file) {
		WizardDialog dialog = open(wizard);
		UiRobot.type(UiRobot.find(dialog.getShell(), Text.class), file);
		Button finish = finishButton(dialog);
		assertThat(finish.isEnabled()).as("Finish is enabled: %s", dialog.getCurrentPage().getErrorMessage()).isTrue();
		finish.notifyListeners(SWT.Selection, new Event());
		UiRobot.waitUntil("the wizard closes", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
	}

	private static WizardDialog open(IWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiRobot.processEvents();
		return dialog;
	}

	private static Button finishButton(WizardDialog dialog) {
		return UiRobot.button(dialog.getShell(), IDialogConstants.FINISH_LABEL);
	}
}
