package org.netcase.core.store;

import org.eclipse.emf.common.util.URI;
import org.netcase.model.Network;

/**
 * Where an open network lives. A session loads the network from its store once and then hands it
 * every change, one {@link ChangeSet} per executed, undone or redone command, before the workbench
 * shows the change as done. Embedded default: {@link SqliteNetworkStore}; a server store can follow
 * the same contract.
 */
public interface NetworkStore extends AutoCloseable {

	/** A URI naming the stored network, used for the resource that holds it in a session. */
	URI uri();

	/**
	 * Reads the whole network, except deferred values ({@link org.netcase.model.storage.DeferringObject}),
	 * which a store may read when first asked for while it is open. Called once per store, before any
	 * commit.
	 *
	 * @throws StoreException when the stored data cannot be read; the message says what to do
	 */
	Network load() throws StoreException;

	/**
	 * Writes the changes in one transaction: either all of them are stored or none is.
	 *
	 * @throws StoreException when the transaction failed; nothing of it is stored then
	 */
	void commit(ChangeSet changes) throws StoreException;

	/** Releases the store; a closed store accepts no further calls. Never throws. */
	@Override
	void close();
}
