package org.netcase.ui.internal.xmi;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.core.xmi.NetworkXmi;
import org.netcase.core.xmi.XmiException;
import org.netcase.model.Network;
import org.netcase.ui.internal.store.NetworkFile;

/**
 * File > Import > Netcase network from XMI: reads a whole network and stores it as a new
 * network file beside the XMI file (the open network is never touched), then offers to restart
 * into it. A file that is not a Netcase network gets a message that names the file and the line.
 */
public final class ImportNetworkWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private FileChoicePage page;

	@Override
	public void init(IWorkbench currentWorkbench, IStructuredSelection selection) {
		workbench = currentWorkbench;
		setWindowTitle(Messages.importTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new FileChoicePage(Messages.importTitle, Messages.importDescription, Messages.importFile, SWT.OPEN,
				ImportNetworkWizard::problemWith);
		addPage(page);
	}

	private static String problemWith(Path file) {
		if (!Files.isRegularFile(file)) {
			return NLS.bind(Messages.noSuchFile, file);
		}
		Path target = networkFileFor(file);
		return Files.exists(target) ? NLS.bind(Messages.targetExists, target) : null;
	}

	/** network.xmi becomes network.netcase in the same folder. */
	static Path networkFileFor(Path xmi) {
		String name = xmi.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return xmi.resolveSibling(base + "." + SqliteNetworkStore.EXTENSION); //$NON-NLS-1$
	}

	@Override
	public boolean performFinish() {
		Path xmi = page.file();
		Path target = networkFileFor(xmi);
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, 10);
				try {
					Network imported = NetworkXmi.importNetwork(xmi, progress.split(7));
					progress.split(3);
					SqliteNetworkStore.create(target, imported).close();
				} catch (XmiException | StoreException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.importFailedTitle, e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			MessageDialog.openInformation(getShell(), Messages.importTitle, Messages.importCancelled);
			return false;
		}
		NetworkFile.choose(target);
		if (MessageDialog.openQuestion(getShell(), Messages.importTitle, NLS.bind(Messages.importDone, target))) {
			workbench.getDisplay().asyncExec(workbench::restart);
		}
		return true;
	}
}
