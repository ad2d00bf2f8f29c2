package org.netcase.core.session;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.netcase.model.Network;
import org.netcase.model.edit.ReadableItemProviderAdapterFactory;
import org.netcase.model.validation.NetcaseModelValidator;

/**
 * One open network: its own resource set, editing domain and command stack, so every change is an
 * undoable command and every view of the network shares one history. Any object of the network
 * finds this session's domain through {@link AdapterFactoryEditingDomain#getEditingDomainFor}.
 */
public final class NetworkSession {

	static {
		// Validation anywhere in the workbench (Diagnostician.INSTANCE) must apply the model's own rules,
		// and every network the workbench shows is opened through a session first.
		NetcaseModelValidator.register();
	}

	private final Network network;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;
	private final Resource resource;

	private NetworkSession(Network network, NetworkStore store) {
		this.network = network;
		this.adapterFactory = createAdapterFactory();
		// This constructor gives the domain a resource set that answers getEditingDomainFor().
		this.editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
		this.resource = store.attach(editingDomain.getResourceSet(), network);
	}

	/** Opens the network in memory. The session takes the network over from any resource it was in. */
	public static NetworkSession open(Network network) {
		return open(network, new InMemoryNetworkStore());
	}

	/** Opens the network in the given store. */
	public static NetworkSession open(Network network, NetworkStore store) {
		return new NetworkSession(network, store);
	}

	public Network network() {
		return network;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	/** Labels, icons and property descriptors for every object of the network and its resource. */
	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public CommandStack commandStack() {
		return editingDomain.getCommandStack();
	}

	/**
	 * Closes the session: forgets the undo history, detaches the network from the domain and removes
	 * the item providers. The network object itself stays usable, for example to open it again.
	 */
	public void dispose() {
		commandStack().flush();
		editingDomain.getResourceSet().getResources().remove(resource);
		adapterFactory.dispose();
	}

	private static ComposedAdapterFactory createAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReadableItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
