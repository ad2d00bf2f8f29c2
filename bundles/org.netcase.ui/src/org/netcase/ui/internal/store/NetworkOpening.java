package org.netcase.ui.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;

/** Opens the user's network at start; the very first start creates it with the sample case study. */
public final class NetworkOpening {

	private NetworkOpening() {
	}

	public static NetworkSession open(Path file, Clock clock) throws StoreException {
		SqliteNetworkStore store = Files.exists(file) ? SqliteNetworkStore.open(file)
				: SqliteNetworkStore.create(file, SampleCaseStudy.create(clock));
		return NetworkSession.open(store);
	}
}
