package org.netcase.core.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.netcase.model.Network;

/**
 * Keeps a network in memory only, under a {@code netcase://memory/networks/<id>} URI. Nothing is
 * saved: closing the session loses the network.
 */
public final class InMemoryNetworkStore implements NetworkStore {

	public static final String URI_SCHEME = "netcase"; //$NON-NLS-1$

	private static final String URI_AUTHORITY = "memory"; //$NON-NLS-1$
	private static final String NETWORKS_SEGMENT = "networks"; //$NON-NLS-1$

	private final Network network;

	public InMemoryNetworkStore(Network network) {
		this.network = network;
	}

	@Override
	public URI uri() {
		String id = network.getId() != null ? network.getId() : EcoreUtil.generateUUID();
		return URI.createHierarchicalURI(URI_SCHEME, URI_AUTHORITY, null, new String[] { NETWORKS_SEGMENT, id },
				null, null);
	}

	@Override
	public Network load() {
		return network;
	}

	@Override
	public void commit(ChangeSet changes) {
		// Nothing to write: the network lives in memory only.
	}

	@Override
	public void close() {
		// Nothing to release.
	}
}
