package org.netcase.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.netcase.core.session.NetworkSession;
import org.netcase.ui.internal.views.NetworkTableView;

/**
 * Edit > Delete in a network view: removes the selected objects and every reference to them
 * (a deleted contact disappears from its organization and its attempts) as one undoable command.
 */
public final class DeleteHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActivePart(event) instanceof NetworkTableView<?> view)) {
			return null;
		}
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) || selection.isEmpty()) {
			return null;
		}
		List<EObject> doomed = selection.toList().stream()
				.filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		NetworkSession session = view.session();
		Command delete = DeleteCommand.create(session.editingDomain(), doomed);
		if (delete.canExecute()) {
			session.commandStack().execute(delete);
		}
		return null;
	}
}
