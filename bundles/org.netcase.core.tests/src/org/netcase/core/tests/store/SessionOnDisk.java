package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;

/** Drives a session over a real file and compares what it shows with what the file holds. */
final class SessionOnDisk {

	private final NetworkSession session;
	private int backups;

	SessionOnDisk(NetworkSession session) {
		this.session = session;
	}

	void execute(Command command) {
		assertThat(command.canExecute()).isTrue();
		session.commandStack().execute(command);
	}

	void assertDiskEqualsMemory() throws StoreException {
		// The session holds the file exclusively: read what is on disk through a backup of it.
		Clock now = Clock.fixed(Instant.ofEpochSecond(backups++), ZoneOffset.UTC);
		Path backup = ((SqliteNetworkStore) session.store()).backup(now).file();
		assertThat(EcoreUtil.equals(session.network(), SqliteNetworkStoreTest.load(backup))).isTrue();
	}
}
