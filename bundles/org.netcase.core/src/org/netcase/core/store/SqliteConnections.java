package org.netcase.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;
import org.netcase.core.store.StoreException.Reason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens SQLite connections the way a store needs them and checks, before anything is written, that a
 * file is a Netcase database this version can read. SQLite's errors become {@link StoreException}s
 * that tell the user what happened.
 */
final class SqliteConnections {

	private static final int SQLITE_BUSY = 5;
	private static final int SQLITE_LOCKED = 6;
	private static final int SQLITE_CORRUPT = 11;
	private static final int SQLITE_NOTADB = 26;

	private SqliteConnections() {
	}

	static void checkHeader(Path file) throws StoreException {
		if (!Files.exists(file)) {
			throw new StoreException(Reason.NOT_FOUND, NLS.bind(Messages.Store_notFound, file));
		}
		SqliteFileHeader.Verdict verdict;
		try {
			verdict = SqliteFileHeader.check(file);
		} catch (IOException e) {
			throw new StoreException(Reason.FAILED, NLS.bind(Messages.Store_readFailed, file, e.getMessage()), e);
		}
		switch (verdict) {
		case NOT_SQLITE -> throw new StoreException(Reason.NOT_A_DATABASE,
				NLS.bind(Messages.Store_notADatabase, file, StoreBackups.folderOf(file)));
		case TRUNCATED -> throw new StoreException(Reason.CORRUPT, NLS.bind(Messages.Store_corrupt,
				new Object[] { file, Messages.Store_truncated, StoreBackups.folderOf(file) }));
		case SQLITE -> {
			// go on: SQLite itself checks the rest
		}
		}
	}
	static Connection connect(Path file, boolean create) throws StoreException {
		SQLiteConfig config = new SQLiteConfig();
		if (!create) {
			config.resetOpenMode(SQLiteOpenMode.CREATE);
		}
		config.setBusyTimeout(200);
		SQLiteDataSource dataSource = new SQLiteDataSource(config);
		dataSource.setUrl("jdbc:sqlite:" + file); //$NON-NLS-1$
		try {
			return dataSource.getConnection();
		} catch (SQLException e) {
			throw translate(file, e);
		}
	}
	/** Set before the first read, so the WAL needs no shared memory and the lock is held until close. */
	static void exclusive(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA locking_mode = EXCLUSIVE"); //$NON-NLS-1$
		}
	}
	static void useWal(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA journal_mode = WAL"); //$NON-NLS-1$
			// A reported commit must survive a power cut, which NORMAL does not promise in WAL mode.
			statement.execute("PRAGMA synchronous = FULL"); //$NON-NLS-1$
		}
	}
	/** Checks every page of the file; reads it whole, about a second for a million interactions. */
	static void checkIntegrity(Connection connection, Path file) throws SQLException, StoreException {
		try (Statement statement = connection.createStatement();
				ResultSet check = statement.executeQuery("PRAGMA quick_check")) { //$NON-NLS-1$
			String result = check.next() ? check.getString(1) : "no answer"; //$NON-NLS-1$
			if (!"ok".equals(result)) { //$NON-NLS-1$
				throw new StoreException(Reason.CORRUPT, NLS.bind(Messages.Store_corrupt,
						new Object[] { file, result, StoreBackups.folderOf(file) }));
			}
		}
	}

	/** @return the schema version of a Netcase database this Netcase can read */
	static int schemaVersion(Connection connection, Path file) throws SQLException, StoreException {
		int version = Schema.versionOf(connection);
		if (version < 0 || !hasObjectsTable(connection)) {
			throw new StoreException(Reason.NOT_NETCASE,
					NLS.bind(Messages.Store_notNetcase, file, StoreBackups.folderOf(file)));
		}
		if (version > Schema.CURRENT_VERSION) {
			throw new StoreException(Reason.NEWER_VERSION,
					NLS.bind(Messages.Store_newerVersion, new Object[] { file, version, Schema.CURRENT_VERSION }));
		}
		return version;
	}
	static boolean hasObjectsTable(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet tables = statement.executeQuery(
				"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'objects'")) { //$NON-NLS-1$
			return tables.next() && tables.getInt(1) == 1;
		}
	}
	static void migrate(Connection connection, int version) throws SQLException {
		connection.setAutoCommit(false);
		try {
			Schema.migrate(connection, version);
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}
	}
	static StoreException translate(Path file, Exception e) {
		if (e instanceof StoreException storeException) {
			return storeException;
		}
		if (e instanceof SQLException sql) {
			switch (sql.getErrorCode() & 0xff) {
			case SQLITE_BUSY, SQLITE_LOCKED:
				return new StoreException(Reason.IN_USE, NLS.bind(Messages.Store_inUse, file), e);
			case SQLITE_NOTADB:
				return new StoreException(Reason.NOT_A_DATABASE,
						NLS.bind(Messages.Store_notADatabase, file, StoreBackups.folderOf(file)), e);
			case SQLITE_CORRUPT:
				return new StoreException(Reason.CORRUPT, NLS.bind(Messages.Store_corrupt,
						new Object[] { file, sql.getMessage(), StoreBackups.folderOf(file) }), e);
			default:
				break;
			}
		}
		return new StoreException(Reason.FAILED, NLS.bind(Messages.Store_readFailed, file, e.getMessage()), e);
	}
	static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// Closing after a failure: the failure already tells the user what happened.
		}
	}
}
