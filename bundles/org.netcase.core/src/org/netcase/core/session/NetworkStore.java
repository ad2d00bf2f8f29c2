package org.netcase.core.session;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.netcase.model.Network;

/**
 * Where an open network lives. A session asks its store for the resource that holds the network, in
 * the session's resource set; this is the one place a persistent store plugs in.
 */
@FunctionalInterface
public interface NetworkStore {

	/**
	 * Creates a resource in the resource set that contains the network.
	 *
	 * @return the resource, already in {@code resourceSet}, with the network as its only root
	 */
	Resource attach(ResourceSet resourceSet, Network network);
}
