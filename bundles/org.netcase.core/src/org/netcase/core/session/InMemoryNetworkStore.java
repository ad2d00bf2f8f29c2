package org.netcase.core.session;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
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

	@Override
	public Resource attach(ResourceSet resourceSet, Network network) {
		String id = network.getId() != null ? network.getId() : EcoreUtil.generateUUID();
		URI uri = URI.createHierarchicalURI(URI_SCHEME, URI_AUTHORITY, null,
				new String[] { NETWORKS_SEGMENT, id }, null, null);
		ResourceImpl resource = new ResourceImpl(uri);
		// Model objects carry intrinsic ids; the map makes looking them up by id constant-time.
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		resource.getContents().add(network);
		resourceSet.getResources().add(resource);
		return resource;
	}
}
