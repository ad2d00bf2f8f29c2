package org.netcase.core.session;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.netcase.core.store.InMemoryNetworkStore;
import org.netcase.core.store.NetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.model.Network;
import org.netcase.model.edit.ReadableItemProviderAdapterFactory;
import org.netcase.model.validation.NetcaseModelValidator;

/**
 * One open network: its own resource set, editing domain and command stack, so every change is an
 * undoable command and every view of the network shares one history. Every executed, undone and
 * redone command is committed to the session's store before the stack's listeners hear of it; when
 * that fails, the step is reverted and {@link StoreFailureListener}s are told. Any object of the
 * network finds this session's domain through {@link AdapterFactoryEditingDomain#getEditingDomainFor}.
 */
public final class NetworkSession {

	static {
		// Validation anywhere in the workbench (Diagnostician.INSTANCE) must apply the model's own rules,
		// and every network the workbench shows is opened through a session first.
		NetcaseModelValidator.register();
	}

	private final Network network;
	private final NetworkStore store;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;
	private final CommittingCommandStack commandStack = new CommittingCommandStack();
	private final ResourceImpl resource;
	private final ChangeTracker tracker;

	private NetworkSession(NetworkStore store) throws StoreException {
		this.store = store;
		this.network = store.load();
		this.adapterFactory = createAdapterFactory();
		// This constructor gives the domain a resource set that answers getEditingDomainFor().
		this.editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		this.resource = new ResourceImpl(store.uri());
		// No intrinsic-id map: nothing looks objects up through the resource, and building one walks a
		// large network for seconds.
		resource.getContents().add(network);
		editingDomain.getResourceSet().getResources().add(resource);
		this.tracker = new ChangeTracker(network);
		commandStack.connect(store, tracker);
	}

	/** Opens the network in memory only. The session takes the network over from any resource it was in. */
	public static NetworkSession open(Network network) {
		try {
			return new NetworkSession(new InMemoryNetworkStore(network));
		} catch (StoreException e) {
			throw new IllegalStateException("An in-memory store cannot fail to load", e); //$NON-NLS-1$
		}
	}

	/**
	 * Loads the network from the store and commits every later change to it. The session owns the
	 * store from now on and closes it in {@link #dispose()}, also when loading fails.
	 *
	 * @throws StoreException when the store cannot be read; the message is written for the user
	 */
	public static NetworkSession open(NetworkStore store) throws StoreException {
		try {
			return new NetworkSession(store);
		} catch (StoreException | RuntimeException e) {
			store.close();
			throw e;
		}
	}

	public Network network() {
		return network;
	}

	public NetworkStore store() {
		return store;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	/** Labels, icons and property descriptors for every object of the network and its resource. */
	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public CommandStack commandStack() {
		return commandStack;
	}

	/** The listener hears of every change that could not be stored (and was therefore undone). */
	public void addStoreFailureListener(StoreFailureListener listener) {
		commandStack.addFailureListener(listener);
	}

	public void removeStoreFailureListener(StoreFailureListener listener) {
		commandStack.removeFailureListener(listener);
	}

	/**
	 * Closes the session: forgets the undo history, closes the store, detaches the network from the
	 * domain and removes the item providers. The network object itself stays usable, for example to
	 * open it again.
	 */
	public void dispose() {
		tracker.dispose();
		commandStack.flush();
		store.close();
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
