package org.netcase.ui.internal.xmi;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.xmi.NetworkXmi;
import org.netcase.core.xmi.XmiException;

/**
 * File > Export > Netcase network as XMI: writes the whole network to one XMI file other tools
 * can read, or to keep as a backup. The wizard stays open (modal) while it writes, so the
 * network cannot change half-way; the file is replaced only once it is complete.
 */
public final class ExportNetworkWizard extends Wizard implements IExportWizard {

	private NetworkSession session;
	private FileChoicePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		session = workbench.getService(NetworkSession.class);
		setWindowTitle(Messages.exportTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new FileChoicePage(Messages.exportTitle, Messages.exportDescription, Messages.exportFile, SWT.SAVE,
				ExportNetworkWizard::problemWith);
		addPage(page);
	}

	private static String problemWith(Path file) {
		if (Files.isDirectory(file)) {
			return NLS.bind(Messages.isFolder, file);
		}
		Path folder = file.getParent();
		return folder == null || !Files.isDirectory(folder) ? NLS.bind(Messages.noFolder, folder) : null;
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					NetworkXmi.exportNetwork(session.network(), file, monitor);
				} catch (XmiException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.exportFailedTitle, e.getCause().getMessage());
		} catch (InterruptedException e) {
			MessageDialog.openInformation(getShell(), Messages.exportTitle, NLS.bind(Messages.exportCancelled, file));
		}
		return false;
	}
}
