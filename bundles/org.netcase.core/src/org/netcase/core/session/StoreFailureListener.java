package org.netcase.core.session;

import org.netcase.core.store.StoreException;

/**
 * Told when a command's change could not be stored. The session has undone the change in memory by
 * then, so what the user sees matches what is stored; the listener only has to say so.
 */
@FunctionalInterface
public interface StoreFailureListener {

	void commitFailed(StoreException failure);
}
