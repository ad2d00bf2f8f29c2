package org.netcase.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;
import org.netcase.core.store.StoreException.Reason;
import org.netcase.model.Network;
import org.netcase.model.storage.DeferringObject;

/**
 * The embedded store: one SQLite file, one row per object. The file is opened in exclusive locking
 * mode, so a second Netcase cannot open it at the same time; WAL with synchronous=FULL makes every
 * commit durable before {@link #commit} returns. Nothing is written to a file before it is known to
 * be a Netcase database this version can read.
 */
public final class SqliteNetworkStore implements NetworkStore {

	/** The file name extension of Netcase databases. */
	public static final String EXTENSION = "netcase"; //$NON-NLS-1$

	private static final String UPSERT = "INSERT INTO objects (id, class, container, feature, position, version, data," //$NON-NLS-1$
			+ " deferred) VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (id) DO UPDATE SET class = excluded.class," //$NON-NLS-1$
			+ " container = excluded.container, feature = excluded.feature, position = excluded.position," //$NON-NLS-1$
			+ " version = objects.version + 1, data = excluded.data, deferred = excluded.deferred"; //$NON-NLS-1$

	private final Path file;
	private final Connection connection;
	private final RowDecoder decoder = new RowDecoder();
	private final StoredDeferredValues deferredValues;
	private final Clock clock;
	/** The day's backup being copied, or null. */
	private DailyBackup dailyBackup;

	private SqliteNetworkStore(Path file, Connection connection, Clock clock) {
		this.file = file;
		this.connection = connection;
		this.clock = clock;
		this.deferredValues = new StoredDeferredValues(connection, decoder);
	}

	/**
	 * Opens an existing Netcase database, upgrading an older one after checking and backing it up. The
	 * file is held exclusively from here on. Opening writes nothing else: a damaged page elsewhere in
	 * the file is found by {@link #load()}, which checks the whole file while it links the objects it
	 * read, and then starts the day's backup when the newest is older than
	 * {@link StoreBackups#INTERVAL} ({@link DailyBackup}).
	 *
	 * @throws StoreException when the file is missing, not a Netcase database, newer, damaged or in use;
	 *                        the file is then unchanged
	 */
	public static SqliteNetworkStore open(Path file) throws StoreException {
		return open(file, Clock.systemUTC());
	}

	public static SqliteNetworkStore open(Path file, Clock clock) throws StoreException {
		Path absolute = file.toAbsolutePath();
		SqliteConnections.checkHeader(absolute);
		Connection connection = SqliteConnections.connect(absolute, false);
		try {
			SqliteConnections.exclusive(connection);
			// In exclusive WAL mode this first read takes the lock for good: a second Netcase is refused now.
			int version = SqliteConnections.schemaVersion(connection, absolute);
			SqliteConnections.useWal(connection);
			if (version < Schema.CURRENT_VERSION) {
				SqliteConnections.checkIntegrity(connection, absolute);
				StoreBackups.take(connection, absolute, clock);
				SqliteConnections.migrate(connection, version);
			}
			return new SqliteNetworkStore(absolute, connection, clock);
		} catch (SQLException | IOException | RuntimeException e) {
			SqliteConnections.closeQuietly(connection);
			throw SqliteConnections.translate(absolute, e);
		} catch (StoreException e) {
			SqliteConnections.closeQuietly(connection);
			throw e;
		}
	}

	/**
	 * Creates a new database holding {@code initial}, opens it and takes its first backup. The file is
	 * written under a temporary name and renamed when complete, so a crash leaves no half-made network
	 * behind.
	 *
	 * @throws StoreException when the file exists already (it is left unchanged) or cannot be written
	 */
	public static SqliteNetworkStore create(Path file, Network initial) throws StoreException {
		Path absolute = file.toAbsolutePath();
		if (Files.exists(absolute)) {
			throw new StoreException(Reason.ALREADY_EXISTS, NLS.bind(Messages.Store_alreadyExists, absolute));
		}
		Path creating = absolute.resolveSibling(absolute.getFileName() + ".creating"); //$NON-NLS-1$
		try {
			Files.createDirectories(absolute.getParent());
			Files.deleteIfExists(creating);
			Connection connection = SqliteConnections.connect(creating, true);
			try {
				SqliteConnections.useWal(connection);
				connection.setAutoCommit(false);
				Schema.create(connection);
				List<EObject> all = new ArrayList<>();
				all.add(initial);
				initial.eAllContents().forEachRemaining(all::add);
				new SqliteNetworkStore(creating, connection, Clock.systemUTC()).write(initial, new ChangeSet(initial,
						new LinkedHashSet<>(all), Set.of(), Set.of()));
				connection.commit();
			} finally {
				connection.close();
			}
			Files.move(creating, absolute, StandardCopyOption.ATOMIC_MOVE);
		} catch (SQLException | IOException | RuntimeException e) {
			throw new StoreException(Reason.FAILED, NLS.bind(Messages.Store_createFailed, absolute, e.getMessage()),
					e);
		}
		SqliteNetworkStore store = open(absolute);
		try {
			store.backup(Clock.systemUTC());
		} catch (StoreException e) {
			store.close();
			throw e;
		}
		return store;
	}

	public Path file() {
		return file;
	}

	@Override
	public URI uri() {
		return URI.createFileURI(file.toString());
	}

	/** Takes a backup now, whatever the age of the newest. */
	public StoreBackups.Backup backup(Clock clock) throws StoreException {
		try {
			return StoreBackups.take(connection, file, clock);
		} catch (SQLException | IOException e) {
			throw new StoreException(Reason.FAILED, NLS.bind(Messages.Store_backupFailed, file, e.getMessage()), e);
		}
	}

	/**
	 * Deferred values are read from this store when first asked for, until it is closed.
	 *
	 * @throws StoreException also when any page of the file, read or not, is damaged
	 */
	@Override
	public Network load() throws StoreException {
		Network network = new NetworkReader(connection, file, decoder).read(deferredValues);
		network.eAdapters().add(deferredValues);
		dailyBackup = DailyBackup.startIfDue(connection, file, clock);
		return network;
	}

	@Override
	public void commit(ChangeSet changes) throws StoreException {
		if (changes.isEmpty()) {
			return;
		}
		try {
			connection.setAutoCommit(false);
			write(changes.network(), changes);
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			try {
				connection.rollback();
			} catch (SQLException rollbackFailed) {
				e.addSuppressed(rollbackFailed);
			}
			throw new StoreException(Reason.FAILED, NLS.bind(Messages.Store_commitFailed, file, e.getMessage()), e);
		} finally {
			leaveTransactionMode();
		}
	}

	/** Between commits no transaction stays open: it would keep the WAL from being checkpointed. */
	private void leaveTransactionMode() {
		try {
			connection.setAutoCommit(true);
		} catch (SQLException e) {
			// The next commit fails on this connection and reports it.
		}
	}

	@Override
	public void close() {
		deferredValues.detach();
		if (dailyBackup != null) {
			// Closing checkpoints into the file being copied.
			dailyBackup.await();
		}
		SqliteConnections.closeQuietly(connection);
	}

	private void write(Network network, ChangeSet changes) throws SQLException {
		Set<EObject> deleted = new LinkedHashSet<>();
		for (EObject detached : changes.detached()) {
			if (!isIn(network, detached)) {
				deleted.add(detached);
				detached.eAllContents().forEachRemaining(deleted::add);
			}
		}
		for (EObject object : deleted) {
			// An undo puts the object back, and its row must be written whole again.
			if (object instanceof DeferringObject deferring && deferring.hasDeferredValues()) {
				deferredValues.loadDeferredValues(deferring);
			}
		}
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM objects WHERE id = ?")) { //$NON-NLS-1$
			for (EObject object : deleted) {
				delete.setString(1, ReflectiveRows.idOf(object));
				delete.addBatch();
			}
			delete.executeBatch();
		}
		List<EObject> placed = changes.placed().stream().filter(object -> isIn(network, object)).toList();
		Map<EObject, Double> positions = Positions.assign(placed, this::storedPosition);
		try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
			for (EObject object : placed) {
				EObject container = object.eContainer();
				EStructuralFeature feature = object.eContainingFeature();
				upsert.setString(1, ReflectiveRows.idOf(object));
				upsert.setString(2, ReflectiveRows.classKey(object.eClass()));
				upsert.setString(3, container == null ? null : ReflectiveRows.idOf(container));
				upsert.setString(4, feature == null ? null : feature.getName());
				upsert.setDouble(5, positions.get(object));
				ReflectiveRows.Row row = ReflectiveRows.write(object);
				upsert.setString(6, row.data());
				upsert.setString(7, row.deferred());
				upsert.addBatch();
			}
			upsert.executeBatch();
		}
		Set<EObject> placedSet = new HashSet<>(placed);
		try (PreparedStatement move = connection.prepareStatement(
				"UPDATE objects SET position = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
			for (Map.Entry<EObject, Double> renumbered : positions.entrySet()) {
				if (!placedSet.contains(renumbered.getKey())) {
					move.setDouble(1, renumbered.getValue());
					move.setString(2, ReflectiveRows.idOf(renumbered.getKey()));
					move.addBatch();
				}
			}
			move.executeBatch();
		}
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE objects SET data = ?, deferred = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
			for (EObject object : changes.changed()) {
				if (!placedSet.contains(object) && isIn(network, object)) {
					ReflectiveRows.Row row = ReflectiveRows.write(object);
					update.setString(1, row.data());
					update.setString(2, row.deferred());
					update.setString(3, ReflectiveRows.idOf(object));
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}

	private Double storedPosition(EObject object) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT position FROM objects WHERE id = ?")) { //$NON-NLS-1$
			query.setString(1, ReflectiveRows.idOf(object));
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? row.getDouble(1) : null;
			}
		}
	}

	private static boolean isIn(Network network, EObject object) {
		EObject ancestor = object;
		while (ancestor.eContainer() != null) {
			ancestor = ancestor.eContainer();
		}
		return ancestor == network;
	}

}
