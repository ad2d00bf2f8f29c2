package org.netcase.ui.internal.handlers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.handlers.HandlerUtil;
import org.netcase.model.Network;
import org.netcase.ui.internal.views.NetworkTableView;

/**
 * New (Ctrl+N) in a network view: creates an object of the kind the view lists, using the
 * child descriptors of EMF.Edit so defaults and ids are those of the model, as one undoable
 * command. The view then selects it, ready to be filled in through the Properties view.
 */
public final class NewObjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof NetworkTableView<?> view) {
			EditingDomain domain = view.session().editingDomain();
			Network network = view.network();
			childDescriptor(domain, network, view)
					.map(descriptor -> CreateChildCommand.create(domain, network, descriptor, List.of()))
					.filter(Command::canExecute)
					.ifPresent(command -> view.session().commandStack().execute(command));
		}
		return null;
	}

	private static Optional<CommandParameter> childDescriptor(EditingDomain domain, Network network, NetworkTableView<?> view) {
		Collection<?> descriptors = domain.getNewChildDescriptors(network, null);
		return descriptors.stream()
				.filter(CommandParameter.class::isInstance)
				.map(CommandParameter.class::cast)
				.filter(parameter -> parameter.getFeature() == view.listFeature()
						&& view.newObjectClass().isInstance(parameter.getValue()))
				.findFirst();
	}
}
