package org.netcase.core.store;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.netcase.model.Network;

/**
 * What changed in a network since the last commit, as the objects whose stored form is stale.
 *
 * @param network  the network the objects belong to
 * @param placed   objects that got a new place: added to the network (with everything they contain),
 *                 moved within a list, or moved to another container
 * @param changed  objects whose own attributes or non-containment references changed
 * @param detached objects removed from their container; those no longer in the network at commit
 *                 time are deleted with everything they contain
 */
public record ChangeSet(Network network, Set<EObject> placed, Set<EObject> changed, Set<EObject> detached) {

	public boolean isEmpty() {
		return placed.isEmpty() && changed.isEmpty() && detached.isEmpty();
	}
}
