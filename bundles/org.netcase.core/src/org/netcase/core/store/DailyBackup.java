package org.netcase.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;

/**
 * The day's backup, copied while the network is already in use. In WAL mode only a checkpoint
 * writes to the database file; after one, with automatic checkpoints paused, the file holds every
 * committed change and stays as it is while edits go to the WAL, so a plain copy of it is a
 * consistent database. Copying a million interactions takes seconds, which opening no longer waits
 * for; closing the store does, because closing checkpoints.
 */
final class DailyBackup {

	private static final int DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

	private final Thread copying;

	private DailyBackup(Thread copying) {
		this.copying = copying;
	}

	/**
	 * Starts the copy when the newest backup is older than {@link StoreBackups#INTERVAL}. A backup that
	 * cannot be taken does not keep the network from opening: it is logged, and the next start tries
	 * again.
	 *
	 * @return the backup being copied, or null when none is due or it could not start
	 */
	static DailyBackup startIfDue(Connection connection, Path file, Clock clock) {
		try {
			return StoreBackups.isDue(file, clock) ? start(connection, file, clock) : null;
		} catch (IOException | SQLException e) {
			ILog.of(DailyBackup.class).error(NLS.bind(Messages.Store_backupFailed, file, e.getMessage()), e);
			return null;
		}
	}

	private static DailyBackup start(Connection connection, Path file, Clock clock) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA wal_checkpoint(TRUNCATE)"); //$NON-NLS-1$
			statement.execute("PRAGMA wal_autocheckpoint = 0"); //$NON-NLS-1$
		}
		Instant now = clock.instant();
		Thread copying = new Thread(() -> copy(connection, file, now), "Netcase daily backup"); //$NON-NLS-1$
		copying.setDaemon(true);
		copying.start();
		return new DailyBackup(copying);
	}

	/** Waits until the copy is complete or has failed. */
	void await() {
		try {
			copying.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void copy(Connection connection, Path file, Instant now) {
		try {
			StoreBackups.write(file, now, partial -> {
				Files.copy(file, partial);
				try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
					written.force(true);
				}
			});
		} catch (IOException | SQLException | RuntimeException e) {
			// The next start tries again: no backup of today exists.
			ILog.of(DailyBackup.class).error(NLS.bind(Messages.Store_backupFailed, file, e.getMessage()), e);
		} finally {
			resumeCheckpoints(connection);
		}
	}

	private static void resumeCheckpoints(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA wal_autocheckpoint = " + DEFAULT_AUTOCHECKPOINT_PAGES); //$NON-NLS-1$
		} catch (SQLException e) {
			// The store was closed meanwhile, which checkpoints anyway.
		}
	}
}
